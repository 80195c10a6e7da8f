from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'agenda.html.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_view = resolve('view')
    l_0_paged = resolve('paged')
    l_0_head = resolve('head')
    l_0_tail = resolve('tail')
    l_0_annex_fit = resolve('annex_fit')
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
        t_3 = environment.filters['html_spans']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'html_spans' found.")
    try:
        t_4 = environment.filters['item_anchor']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'item_anchor' found.")
    try:
        t_5 = environment.filters['one_line']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'one_line' found.")
    try:
        t_6 = environment.tests['defined']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No test named 'defined' found.")
    try:
        t_7 = environment.tests['sameas']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No test named 'sameas' found.")
    pass
    l_0_m = environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'masthead')
    context.vars['m'] = l_0_m
    context.exported_vars.add('m')
    l_0_paged = (t_6((undefined(name='paged') if l_0_paged is missing else l_0_paged)) and (undefined(name='paged') if l_0_paged is missing else l_0_paged))
    context.vars['paged'] = l_0_paged
    context.exported_vars.add('paged')
    yield '<!DOCTYPE html>\n<html '
    yield escape(t_2(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'language')))
    yield '>\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta name="generator" content="egmplan">\n<meta name="dcterms.created" content="'
    yield escape(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'generated'))
    yield '">\n<title>'
    if environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'symbol'):
        pass
        yield escape(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'symbol'))
        yield ': '
    yield escape(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'title'))
    yield '</title>\n<style>\n'
    if (undefined(name='paged') if l_0_paged is missing else l_0_paged):
        pass
        template = environment.get_template('_print.css', 'agenda.html.j2')
        yield from template._get_default_module()._body_stream
        if (environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'language') == 'zh'):
            pass
            template = environment.get_template('_print_cjk.css', 'agenda.html.j2')
            yield from template._get_default_module()._body_stream
        if (environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'direction') == 'rtl'):
            pass
            template = environment.get_template('_print_rtl.css', 'agenda.html.j2')
            yield from template._get_default_module()._body_stream
        if (not environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'symbol')):
            pass
            yield '@page :left { @top-left { content: none; } }\n@page :right { @top-right { content: none; } }\n'
    else:
        pass
        template = environment.get_template('_style.css', 'agenda.html.j2')
        yield from template._get_default_module()._body_stream
        if (environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'language') == 'zh'):
            pass
            template = environment.get_template('_cjk.css', 'agenda.html.j2')
            yield from template._get_default_module()._body_stream
        if (environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'direction') == 'rtl'):
            pass
            template = environment.get_template('_rtl.css', 'agenda.html.j2')
            yield from template._get_default_module()._body_stream
        yield '@page { @bottom-center { content: counter(page); font: 9pt "Times New Roman", Times, serif; } }\n'
        if environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'symbol'):
            pass
            yield '@page { @top-left { content: '
            yield escape(t_1(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'symbol')))
            yield '; font: bold 9pt Arial, Helvetica, sans-serif; } }\n@page :first { @top-left { content: none; } }\n'
    yield '</style>\n</head>\n<body>\n<main class="document">\n<header>\n<div class="masthead">\n<span class="organ">'
    yield escape(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'organ'))
    yield '</span>\n'
    if (((undefined(name='paged') if l_0_paged is missing else l_0_paged) and environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'symbol')) and ('/' in environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'symbol'))):
        pass
        (l_0_head, l_0_tail) = context.call(environment.getattr(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'symbol'), 'split'), '/', 1)
        context.vars.update({'head': l_0_head, 'tail': l_0_tail})
        context.exported_vars.update(('head', 'tail'))
        yield '<span class="symbol"><span class="symbol-head">'
        yield escape((undefined(name='head') if l_0_head is missing else l_0_head))
        yield '/</span>'
        yield escape((undefined(name='tail') if l_0_tail is missing else l_0_tail))
        yield '</span>\n'
    else:
        pass
        yield '<span class="symbol">'
        yield escape((environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'symbol') or ''))
        yield '</span>\n'
    yield '</div>\n'
    if ((((environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'distribution') or environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'issued')) or environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'language')) or environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'original')) or (undefined(name='paged') if l_0_paged is missing else l_0_paged)):
        pass
        yield '<div class="distribution">\n<div>\n'
        def t_8(fiter):
            for l_1_line in fiter:
                if l_1_line:
                    yield l_1_line
        for l_1_line in t_8([environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'distribution'), environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'issued'), environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'language'), environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'original')]):
            _loop_vars = {}
            pass
            yield '<p'
            if ((undefined(name='paged') if l_0_paged is missing else l_0_paged) and t_7(l_1_line, (environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'language') or environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'original')))):
                pass
                yield ' class="original"'
            yield '>'
            yield escape(l_1_line)
            yield '</p>\n'
        l_1_line = missing
        yield '</div>\n</div>\n'
    yield '<div class="body-line">\n<p class="body-name">'
    yield escape(t_5(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'body')))
    yield '</p>\n'
    if environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'session_line'):
        pass
        yield '<p class="session">'
        yield escape(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'session_line'))
        yield '</p>\n'
    yield '<p>'
    yield escape(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'venue_dates'))
    yield '</p>\n</div>\n</header>\n<h1>'
    yield escape(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'title'))
    yield '</h1>\n<section aria-labelledby="provisional-agenda">\n'
    if (environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'title') != environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'agenda_heading')):
        pass
        yield '<h2 id="provisional-agenda">'
        yield escape(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'agenda_heading'))
        yield '</h2>\n'
    else:
        pass
        yield '<h2 id="provisional-agenda" class="visually-hidden">'
        yield escape(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'agenda_heading'))
        yield '</h2>\n'
    yield '<ol class="agenda">\n'
    for l_1_entry in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'agenda'):
        _loop_vars = {}
        pass
        yield '<li><span class="label">'
        yield escape(environment.getattr(l_1_entry, 'label'))
        yield '</span><span>'
        yield escape(t_5(environment.getattr(l_1_entry, 'text')))
        yield '</span>\n'
        if environment.getattr(l_1_entry, 'items'):
            pass
            yield '<ol>\n'
            for l_2_sub in environment.getattr(l_1_entry, 'items'):
                _loop_vars = {}
                pass
                yield '<li><span class="label">'
                yield escape(environment.getattr(l_2_sub, 'label'))
                yield '</span><span>'
                yield escape(t_5(environment.getattr(l_2_sub, 'text')))
                yield '</span></li>\n'
            l_2_sub = missing
            yield '</ol>\n'
        yield '</li>\n'
    l_1_entry = missing
    yield '</ol>\n</section>\n'
    if environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'annotated'):
        pass
        yield '<section aria-labelledby="annotations">\n<h2 id="annotations">'
        yield escape(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'annotations_heading'))
        yield '</h2>\n'
        for l_1_section in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'annotations'):
            _loop_vars = {}
            pass
            yield '<section class="item" id="item-'
            yield escape(t_4(environment.getattr(l_1_section, 'number')))
            yield '">\n'
            if (environment.getattr(l_1_section, 'level') == 1):
                pass
                yield '<h3><span class="label">'
                yield escape(environment.getattr(l_1_section, 'label'))
                yield '</span><span>'
                yield escape(t_5(environment.getattr(l_1_section, 'heading')))
                yield '</span></h3>\n'
            else:
                pass
                yield '<h4><span class="label">'
                yield escape(environment.getattr(l_1_section, 'label'))
                yield '</span><span>'
                yield escape(t_5(environment.getattr(l_1_section, 'heading')))
                yield '</span></h4>\n'
            for l_2_block in environment.getattr(l_1_section, 'blocks'):
                _loop_vars = {}
                pass
                if (environment.getattr(l_2_block, 'kind') == 'list'):
                    pass
                    yield '<ul class="annotation-list">\n'
                    for l_3_item in environment.getattr(l_2_block, 'items'):
                        _loop_vars = {}
                        pass
                        yield '<li>'
                        yield escape(t_3(l_3_item, (environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'footnotes') if (undefined(name='paged') if l_0_paged is missing else l_0_paged) else None)))
                        yield '</li>\n'
                    l_3_item = missing
                    yield '</ul>\n'
                else:
                    pass
                    yield '<p>'
                    yield escape(t_3(environment.getattr(l_2_block, 'spans'), (environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'footnotes') if (undefined(name='paged') if l_0_paged is missing else l_0_paged) else None)))
                    yield '</p>\n'
            l_2_block = missing
            if environment.getattr(l_1_section, 'has_documentation'):
                pass
                if (environment.getattr(l_1_section, 'level') == 1):
                    pass
                    yield '<h4 class="documentation">'
                    yield escape(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'documentation_heading'))
                    yield '</h4>\n'
                else:
                    pass
                    yield '<h5 class="documentation">'
                    yield escape(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'documentation_heading'))
                    yield '</h5>\n'
                for l_2_document in environment.getattr(l_1_section, 'documentation'):
                    _loop_vars = {}
                    pass
                    yield '<p class="documentation-entry">'
                    yield escape(t_5(environment.getattr(l_2_document, 'text')))
                    yield '</p>\n'
                l_2_document = missing
                if environment.getattr(l_1_section, 'documentation_note'):
                    pass
                    yield '<p>'
                    yield escape(environment.getattr(l_1_section, 'documentation_note'))
                    yield '</p>\n'
            if (environment.getattr(l_1_section, 'footnotes') and (not (undefined(name='paged') if l_0_paged is missing else l_0_paged))):
                pass
                yield '<aside class="footnotes" aria-label="Footnotes">\n<ol>\n'
                for l_2_footnote in environment.getattr(l_1_section, 'footnotes'):
                    _loop_vars = {}
                    pass
                    yield '<li id="fn-'
                    yield escape(environment.getattr(l_2_footnote, 'number'))
                    yield '" value="'
                    yield escape(environment.getattr(l_2_footnote, 'number'))
                    yield '"><span class="number">'
                    yield escape(environment.getattr(l_2_footnote, 'number'))
                    yield '</span><span>'
                    yield escape(t_3(environment.getattr(l_2_footnote, 'spans')))
                    yield '</span></li>\n'
                l_2_footnote = missing
                yield '</ol>\n</aside>\n'
            yield '</section>\n'
        l_1_section = missing
        yield '</section>\n'
    if environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'deadlines'):
        pass
        yield '<section class="deadlines" aria-labelledby="deadlines-title">\n<h2 id="deadlines-title">'
        yield escape(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'deadlines_heading'))
        yield '</h2>\n<ul>\n'
        for l_1_line in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'deadlines'):
            _loop_vars = {}
            pass
            yield '<li>'
            yield escape(l_1_line)
            yield '</li>\n'
        l_1_line = missing
        yield '</ul>\n</section>\n'
    yield '<section class="annex'
    if (((undefined(name='paged') if l_0_paged is missing else l_0_paged) and t_6((undefined(name='annex_fit') if l_0_annex_fit is missing else l_0_annex_fit))) and ((undefined(name='annex_fit') if l_0_annex_fit is missing else l_0_annex_fit) in ('landscape', 'stacked'))):
        pass
        yield ' landscape'
    yield '" aria-labelledby="annex-title">\n<h2 class="annex-label">'
    yield escape(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'annex_label'))
    yield '</h2>\n<h2 id="annex-title">'
    yield escape(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'annex_title'))
    yield '</h2>\n'
    l_0_caption_id = 'annex-title'
    context.vars['caption_id'] = l_0_caption_id
    context.exported_vars.add('caption_id')
    template = environment.get_template('_table.html.j2', 'agenda.html.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'caption_id': l_0_caption_id, 'head': l_0_head, 'm': l_0_m, 'paged': l_0_paged, 'tail': l_0_tail}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    yield '</section>\n</main>\n</body>\n</html>\n'

blocks = {}
debug_info = '6=59&7=62&9=66&14=68&15=70&17=76&18=78&19=80&20=84&21=86&23=88&28=93&29=95&30=99&31=101&34=104&35=107&45=110&46=112&47=114&48=118&50=125&53=128&56=131&57=139&63=148&64=150&65=153&67=156&70=158&72=160&73=163&75=168&78=171&79=175&80=179&82=182&83=186&91=195&93=198&94=200&95=204&96=206&97=209&99=216&101=220&102=223&104=226&105=230&109=237&112=240&113=242&114=245&116=250&118=252&119=256&121=259&122=262&125=264&128=267&129=271&138=284&140=287&142=289&143=293&148=298&149=302&150=304&151=306&152=309'