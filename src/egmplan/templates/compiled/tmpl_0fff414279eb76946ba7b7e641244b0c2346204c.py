from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'schedule.html.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_language = resolve('language')
    l_0_view = resolve('view')
    l_0_words = resolve('words')
    l_0_awake = resolve('awake')
    try:
        t_1 = environment.filters['html_language']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'html_language' found.")
    try:
        t_2 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_3 = environment.filters['replace']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'replace' found.")
    try:
        t_4 = environment.filters['safe']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'safe' found.")
    try:
        t_5 = environment.filters['trim']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'trim' found.")
    pass
    yield '<!DOCTYPE html>\n<html '
    yield escape(t_1((undefined(name='language') if l_0_language is missing else l_0_language)))
    yield '>\n<head>\n<meta charset="utf-8">\n<title>'
    yield escape(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'title'))
    yield '</title>\n<style>'
    t_6 = []
    pass
    template = environment.get_template('_schedule.css', 'schedule.html.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
    try:
        for event in gen:
            t_6.append(event)
    finally: gen.close()
    yield t_5(Markup(concat(t_6)))
    yield '</style>\n</head>\n<body>\n<h1>'
    yield escape(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'title'))
    yield '</h1>\n<p>'
    yield escape(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'subtitle'))
    yield '</p>\n<table class="'
    yield escape(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'layout'))
    yield '">\n<thead><tr>'
    for l_1_column in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'columns'):
        _loop_vars = {}
        pass
        yield '<th scope="col">'
        yield escape(l_1_column)
        yield '</th>'
    l_1_column = missing
    yield '</tr></thead>\n<tbody>\n'
    for l_1_row in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'rows'):
        _loop_vars = {}
        pass
        yield '<tr>'
        for l_2_cell in l_1_row:
            l_2_details = missing
            _loop_vars = {}
            pass
            l_2_details = (environment.getattr(l_2_cell, 'details') if (environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'layout') == 'wide') else environment.getattr(l_2_cell, 'detail'))
            _loop_vars['details'] = l_2_details
            yield '<td'
            if environment.getattr(l_2_cell, 'comfort'):
                pass
                yield ' class="'
                yield escape(t_3(context.eval_ctx, environment.getattr(l_2_cell, 'comfort'), '/', '-'))
                yield '"'
            yield '>'
            yield escape(environment.getattr(l_2_cell, 'headline'))
            if (undefined(name='details') if l_2_details is missing else l_2_details):
                pass
                yield '<span class="detail">'
                yield escape((undefined(name='details') if l_2_details is missing else l_2_details))
                yield '</span>'
            yield '</td>'
        l_2_cell = l_2_details = missing
        yield '</tr>\n'
    l_1_row = missing
    yield '</tbody>\n</table>\n<p>'
    yield escape(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'legend'))
    yield '</p>\n'
    if environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'notes'):
        pass
        yield '<h2>'
        yield escape(environment.getattr((undefined(name='words') if l_0_words is missing else l_0_words), 'schedule_notes'))
        yield '</h2>\n<ul>\n'
        for l_1_note in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'notes'):
            _loop_vars = {}
            pass
            yield '<li>'
            yield escape(l_1_note)
            yield '</li>\n'
        l_1_note = missing
        yield '</ul>\n'
    if (undefined(name='awake') if l_0_awake is missing else l_0_awake):
        pass
        yield '<section class="awake" aria-labelledby="awake-heading">\n<h2 id="awake-heading">'
        yield escape(environment.getattr((undefined(name='words') if l_0_words is missing else l_0_words), 'awake'))
        yield '</h2>\n'
        yield escape(t_4(environment.getattr((undefined(name='awake') if l_0_awake is missing else l_0_awake), 'svg')))
        if environment.getattr((undefined(name='awake') if l_0_awake is missing else l_0_awake), 'nights'):
            pass
            yield '<h3>'
            yield escape(environment.getattr((undefined(name='words') if l_0_words is missing else l_0_words), 'at_night'))
            yield '</h3>\n<ul>\n'
            for l_1_night in environment.getattr((undefined(name='awake') if l_0_awake is missing else l_0_awake), 'nights'):
                _loop_vars = {}
                pass
                yield '<li>'
                yield escape(environment.getattr(l_1_night, 'date'))
                yield ', '
                yield escape(environment.getattr((undefined(name='words') if l_0_words is missing else l_0_words), 'sitting'))
                yield ' '
                yield escape(environment.getattr(l_1_night, 'sitting'))
                yield ': '
                yield escape(t_2(context.eval_ctx, environment.getattr(l_1_night, 'names'), ', '))
                yield '</li>\n'
            l_1_night = missing
            yield '</ul>\n'
        yield '</section>\n'
    yield '</body>\n</html>\n'

blocks = {}
debug_info = '5=46&8=48&9=52&12=60&13=62&14=64&15=66&17=74&18=78&22=102&23=104&24=107&26=109&27=113&31=117&33=120&34=122&35=123&36=126&38=128&39=132'