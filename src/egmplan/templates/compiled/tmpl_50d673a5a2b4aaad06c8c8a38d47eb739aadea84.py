from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'site_series.html.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    pass
    parent_template = environment.get_template('_site_page.html.j2', 'site_series.html.j2')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    yield from parent_template.root_render_func(context)

def block_body(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_body = resolve('body')
    l_0_mandate = resolve('mandate')
    l_0_words = resolve('words')
    l_0_meeting_columns = resolve('meeting_columns')
    l_0_meetings = resolve('meetings')
    l_0_workplan = resolve('workplan')
    pass
    yield '<main>\n<h1>'
    yield escape((undefined(name='body') if l_0_body is missing else l_0_body))
    yield '</h1>\n'
    if (undefined(name='mandate') if l_0_mandate is missing else l_0_mandate):
        pass
        yield '<h2 id="mandate">'
        yield escape(environment.getattr((undefined(name='words') if l_0_words is missing else l_0_words), 'mandate'))
        yield '</h2>\n'
        for l_1_paragraph in (undefined(name='mandate') if l_0_mandate is missing else l_0_mandate):
            _loop_vars = {}
            pass
            yield '<p>'
            yield escape(l_1_paragraph)
            yield '</p>\n'
        l_1_paragraph = missing
    yield '<h2 id="meetings">'
    yield escape(environment.getattr((undefined(name='words') if l_0_words is missing else l_0_words), 'meetings'))
    yield '</h2>\n<table>\n<thead><tr>'
    for l_1_heading in (undefined(name='meeting_columns') if l_0_meeting_columns is missing else l_0_meeting_columns):
        _loop_vars = {}
        pass
        yield '<th scope="col">'
        yield escape(l_1_heading)
        yield '</th>'
    l_1_heading = missing
    yield '</tr></thead>\n<tbody>\n'
    for l_1_row in (undefined(name='meetings') if l_0_meetings is missing else l_0_meetings):
        _loop_vars = {}
        pass
        yield '<tr><th scope="row">'
        if (environment.getattr(l_1_row, 'link_lang') and (not environment.getattr(environment.getattr(l_1_row, 'link'), 'href'))):
            pass
            yield escape(environment.getattr(environment.getattr(l_1_row, 'link'), 'text'))
        elif environment.getattr(l_1_row, 'link_lang'):
            pass
            yield '<a href="'
            yield escape(environment.getattr(environment.getattr(l_1_row, 'link'), 'href'))
            yield '" hreflang="'
            yield escape(environment.getattr(l_1_row, 'link_lang'))
            yield '">'
            yield escape(environment.getattr(environment.getattr(l_1_row, 'link'), 'text'))
            yield '</a> <span lang="'
            yield escape(environment.getattr(l_1_row, 'link_lang'))
            yield '">('
            yield escape(environment.getattr(l_1_row, 'link_language'))
            yield ')</span>'
        else:
            pass
            yield '<a href="'
            yield escape(environment.getattr(environment.getattr(l_1_row, 'link'), 'href'))
            yield '">'
            yield escape(environment.getattr(environment.getattr(l_1_row, 'link'), 'text'))
            yield '</a>'
        yield '</th><td>'
        yield escape(environment.getattr(l_1_row, 'dates'))
        yield '</td><td>'
        yield escape(environment.getattr(l_1_row, 'venue'))
        yield '</td><td>'
        yield escape(environment.getattr(l_1_row, 'report'))
        yield '</td></tr>\n'
    l_1_row = missing
    yield '</tbody>\n</table>\n'
    if (undefined(name='workplan') if l_0_workplan is missing else l_0_workplan):
        pass
        yield '<h2 id="workplan">'
        yield escape(environment.getattr((undefined(name='workplan') if l_0_workplan is missing else l_0_workplan), 'heading'))
        yield '</h2>\n<p>'
        yield escape(environment.getattr((undefined(name='workplan') if l_0_workplan is missing else l_0_workplan), 'adoption'))
        yield '</p>\n<table>\n<thead><tr>'
        for l_1_heading in environment.getattr((undefined(name='workplan') if l_0_workplan is missing else l_0_workplan), 'columns'):
            _loop_vars = {}
            pass
            yield '<th scope="col">'
            yield escape(l_1_heading)
            yield '</th>'
        l_1_heading = missing
        yield '</tr></thead>\n<tbody>\n'
        l_1_loop = missing
        for l_1_row, l_1_loop in LoopContext(environment.getattr((undefined(name='workplan') if l_0_workplan is missing else l_0_workplan), 'rows'), undefined):
            _loop_vars = {}
            pass
            yield '<tr><td>'
            yield escape(environment.getattr(l_1_row, 'year'))
            yield '</td><th scope="row">'
            yield escape(environment.getattr(l_1_row, 'meeting'))
            yield '</th><td>'
            l_2_loop = missing
            for l_2_topic, l_2_loop in LoopContext(environment.getattr(l_1_row, 'topics'), undefined):
                _loop_vars = {}
                pass
                yield escape(l_2_topic)
                if (not environment.getattr(l_2_loop, 'last')):
                    pass
                    yield '<br>'
            l_2_loop = l_2_topic = missing
            yield '</td></tr>\n'
        l_1_loop = l_1_row = missing
        yield '</tbody>\n</table>\n<p>'
        l_1_loop = missing
        for l_1_link, l_1_loop in LoopContext(environment.getattr((undefined(name='workplan') if l_0_workplan is missing else l_0_workplan), 'files'), undefined):
            _loop_vars = {}
            pass
            yield '<a href="'
            yield escape(environment.getattr(l_1_link, 'href'))
            yield '">'
            yield escape(environment.getattr(l_1_link, 'text'))
            yield '</a>'
            if (not environment.getattr(l_1_loop, 'last')):
                pass
                yield ', '
        l_1_loop = l_1_link = missing
        yield '</p>\n'
    yield '</main>\n'

blocks = {'body': block_body}
debug_info = '3=12&4=17&6=32&7=34&8=37&9=39&10=43&13=47&15=49&17=57&18=61&22=93&23=96&24=98&26=100&28=109&29=113&33=130'