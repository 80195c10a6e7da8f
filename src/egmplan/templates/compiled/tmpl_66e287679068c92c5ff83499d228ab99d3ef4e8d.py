from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'orgwork.html.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_view = resolve('view')
    l_0_paged = resolve('paged')
    l_0_m = l_0_caption_id = missing
    try:
        t_1 = environment.filters['css_string']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'css_string' found.")
    try:
        t_2 = environment.filters['html_language']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'html_language' found.")
    try:
        t_3 = environment.filters['one_line']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'one_line' found.")
    try:
        t_4 = environment.tests['defined']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No test named 'defined' found.")
    pass
    l_0_m = environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'masthead')
    context.vars['m'] = l_0_m
    context.exported_vars.add('m')
    yield '<!DOCTYPE html>\n<html '
    yield escape(t_2(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'language')))
    yield '>\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta name="generator" content="egmplan">\n<title>'
    yield escape(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'annex_title'))
    yield ': '
    yield escape(t_3(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'body')))
    yield '</title>\n<style>\n'
    if (t_4((undefined(name='paged') if l_0_paged is missing else l_0_paged)) and (undefined(name='paged') if l_0_paged is missing else l_0_paged)):
        pass
        template = environment.get_template('_print.css', 'orgwork.html.j2')
        gen = template.root_render_func(template.new_context(context.get_all(), True, {'caption_id': l_0_caption_id, 'm': l_0_m}))
        try:
            for event in gen:
                yield event
        finally: gen.close()
        if (environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'language') == 'zh'):
            pass
            template = environment.get_template('_print_cjk.css', 'orgwork.html.j2')
            gen = template.root_render_func(template.new_context(context.get_all(), True, {'caption_id': l_0_caption_id, 'm': l_0_m}))
            try:
                for event in gen:
                    yield event
            finally: gen.close()
        if (environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'direction') == 'rtl'):
            pass
            template = environment.get_template('_print_rtl.css', 'orgwork.html.j2')
            gen = template.root_render_func(template.new_context(context.get_all(), True, {'caption_id': l_0_caption_id, 'm': l_0_m}))
            try:
                for event in gen:
                    yield event
            finally: gen.close()
        if environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'symbol'):
            pass
            yield '@page :left { @top-left { content: '
            yield escape(t_1(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'symbol')))
            yield '; } }\n@page :right { @top-right { content: '
            yield escape(t_1(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'symbol')))
            yield '; } }\n@page :first { @top-right { content: '
            yield escape(t_1(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'symbol')))
            yield '; } @bottom-right { content: counter(page); } }\n'
        else:
            pass
            yield '@page :left { @top-left { content: none; } }\n@page :right { @top-right { content: none; } }\n'
    else:
        pass
        template = environment.get_template('_style.css', 'orgwork.html.j2')
        gen = template.root_render_func(template.new_context(context.get_all(), True, {'caption_id': l_0_caption_id, 'm': l_0_m}))
        try:
            for event in gen:
                yield event
        finally: gen.close()
        if (environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'language') == 'zh'):
            pass
            template = environment.get_template('_cjk.css', 'orgwork.html.j2')
            gen = template.root_render_func(template.new_context(context.get_all(), True, {'caption_id': l_0_caption_id, 'm': l_0_m}))
            try:
                for event in gen:
                    yield event
            finally: gen.close()
        if (environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'direction') == 'rtl'):
            pass
            template = environment.get_template('_rtl.css', 'orgwork.html.j2')
            gen = template.root_render_func(template.new_context(context.get_all(), True, {'caption_id': l_0_caption_id, 'm': l_0_m}))
            try:
                for event in gen:
                    yield event
            finally: gen.close()
    yield '</style>\n</head>\n<body>\n<main class="document orgwork-page">\n<p class="body-line-inline">'
    yield escape(t_3(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'body')))
    yield ', '
    yield escape(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'venue_dates'))
    yield '</p>\n<h2 id="orgwork-title">'
    yield escape(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'annex_title'))
    yield '</h2>\n'
    l_0_caption_id = 'orgwork-title'
    context.vars['caption_id'] = l_0_caption_id
    context.exported_vars.add('caption_id')
    template = environment.get_template('_table.html.j2', 'orgwork.html.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'caption_id': l_0_caption_id, 'm': l_0_m}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    yield '</main>\n</body>\n</html>\n'

blocks = {}
debug_info = '1=38&3=42&8=44&10=48&11=50&12=56&13=64&14=66&16=72&17=75&18=77&19=79&25=86&26=92&27=100&28=102&35=109&36=113&37=115&38=118'