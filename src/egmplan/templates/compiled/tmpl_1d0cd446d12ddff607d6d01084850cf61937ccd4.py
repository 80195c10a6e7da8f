from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'workplan.html.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_view = resolve('view')
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
    pass
    yield '<!DOCTYPE html>\n<html '
    yield escape(t_1(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'language')))
    yield '>\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>'
    yield escape(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'title'))
    yield '</title>\n<style>\nbody { font-family: "Times New Roman", Times, serif; font-size: 11pt; max-width: 42em; margin: 2em auto; padding: 0 1em; line-height: 1.35; }\nh1 { font-size: 14pt; } h2 { font-size: 12pt; }\n.symbol { text-align: right; }\ntable { border-collapse: collapse; width: 100%; }\nth, td { border: 1px solid #000; padding: 0.3em 0.5em; text-align: left; vertical-align: top; }\nol li { margin-bottom: 0.6em; text-align: justify; }\n'
    if (environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'direction') == 'rtl'):
        pass
        yield 'th, td { text-align: start; } .symbol { text-align: left; }\n'
    yield '@media print { body { margin: 0; max-width: none; } @page { size: A4; margin: 2.5cm 2cm; } tr { break-inside: avoid; } }\n</style>\n</head>\n<body>\n<main>\n'
    if environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'symbol'):
        pass
        yield '<p class="symbol">'
        yield escape(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'symbol'))
        yield '</p>\n'
    yield '<h1>'
    yield escape(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'title'))
    yield '</h1>\n<h2>'
    yield escape(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'table_heading'))
    yield '</h2>\n<table>\n<thead><tr><th scope="col">'
    yield escape(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'year_heading'))
    yield '</th><th scope="col">'
    yield escape(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'meeting_heading'))
    yield '</th><th scope="col">'
    yield escape(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'topics_heading'))
    yield '</th></tr></thead>\n<tbody>\n'
    l_1_loop = missing
    for l_1_row, l_1_loop in LoopContext(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'rows'), undefined):
        _loop_vars = {}
        pass
        yield '<tr><td>'
        yield escape(environment.getattr(l_1_row, 'year'))
        yield '</td><td>'
        yield escape(environment.getattr(l_1_row, 'meeting_text'))
        yield '</td><td>'
        l_2_loop = missing
        for l_2_topic, l_2_loop in LoopContext(environment.getattr(l_1_row, 'topics'), undefined):
            _loop_vars = {}
            pass
            yield escape(l_2_topic)
            if (not environment.getattr(l_2_loop, 'last')):
                pass
                yield ';<br>'
        l_2_loop = l_2_topic = missing
        yield '</td></tr>\n'
    l_1_loop = l_1_row = missing
    yield '</tbody>\n</table>\n<h2>'
    yield escape(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'annotations_heading'))
    yield '</h2>\n<ol>\n'
    for l_1_annotation in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'annotations'):
        _loop_vars = {}
        pass
        yield '<li>'
        yield escape(t_2(context.eval_ctx, context.call(environment.getattr(l_1_annotation, 'split'), _loop_vars=_loop_vars), ' '))
        yield '</li>\n'
    l_1_annotation = missing
    yield '</ol>\n</main>\n</body>\n</html>\n'

blocks = {}
debug_info = '2=25&6=27&14=29&22=33&23=36&25=39&26=41&28=43&30=50&31=54&35=70&37=72&38=76'