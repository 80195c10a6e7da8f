from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '_site_page.html.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_page = resolve('page')
    try:
        t_1 = environment.filters['html_language']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'html_language' found.")
    pass
    yield '<!DOCTYPE html>\n<html '
    yield escape(t_1(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'lang')))
    yield '>\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>'
    yield escape(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'title'))
    yield '</title>\n'
    for l_1_version in environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'alternates'):
        _loop_vars = {}
        pass
        yield '<link rel="alternate" hreflang="'
        yield escape(environment.getattr(l_1_version, 'lang'))
        yield '" href="'
        yield escape(environment.getattr(l_1_version, 'href'))
        yield '">\n'
    l_1_version = missing
    yield '<style>\n'
    template = environment.get_template('_site.css', '_site_page.html.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    if environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'versions'):
        pass
        yield 'ul.languages{list-style:none;margin:0 0 1em;padding:0;display:flex;flex-wrap:wrap;gap:0 1em;font-size:.95em}ul.languages li{margin:0}ul.languages span{font-weight:bold}@media print{ul.languages{display:none}}\n'
    yield '</style>\n</head>\n<body>\n'
    if environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'versions'):
        pass
        yield '<ul class="languages">'
        for l_1_version in environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'versions'):
            _loop_vars = {}
            pass
            yield '<li>'
            if environment.getattr(l_1_version, 'href'):
                pass
                yield '<a href="'
                yield escape(environment.getattr(l_1_version, 'href'))
                yield '" hreflang="'
                yield escape(environment.getattr(l_1_version, 'lang'))
                yield '" lang="'
                yield escape(environment.getattr(l_1_version, 'lang'))
                yield '">'
                yield escape(environment.getattr(l_1_version, 'name'))
                yield '</a>'
            else:
                pass
                yield '<span lang="'
                yield escape(environment.getattr(l_1_version, 'lang'))
                yield '" aria-current="page">'
                yield escape(environment.getattr(l_1_version, 'name'))
                yield '</span>'
            yield '</li>'
        l_1_version = missing
        yield '</ul>\n'
    yield from context.blocks['body'][0](context)
    yield '</body>\n</html>\n'

def block_body(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass

blocks = {'body': block_body}
debug_info = '7=19&11=21&12=23&13=27&16=33&17=39&23=43&24=46&26=71'