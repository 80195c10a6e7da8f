from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'site_meeting.html.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_link = missing
    pass
    parent_template = environment.get_template('_site_page.html.j2', 'site_meeting.html.j2')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    def macro(l_1_href, l_1_text):
        t_1 = []
        if l_1_href is missing:
            l_1_href = undefined("parameter 'href' was not provided", name='href')
        if l_1_text is missing:
            l_1_text = undefined("parameter 'text' was not provided", name='text')
        pass
        t_1.extend((
            '<a href="',
            escape(l_1_href),
            '">',
            escape(l_1_text),
            '</a>',
        ))
        return concat(t_1)
    context.exported_vars.add('link')
    context.vars['link'] = l_0_link = Macro(environment, macro, 'link', ('href', 'text'), False, False, False, context.eval_ctx.autoescape)
    yield from parent_template.root_render_func(context)

def block_body(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_link = resolve('link')
    l_0_series_link = resolve('series_link')
    l_0_title = resolve('title')
    l_0_subtitle = resolve('subtitle')
    l_0_announcement = resolve('announcement')
    l_0_words = resolve('words')
    l_0_mandate = resolve('mandate')
    l_0_history = resolve('history')
    l_0_workplan = resolve('workplan')
    l_0_adoption = resolve('adoption')
    l_0_entries = resolve('entries')
    l_0_facts = resolve('facts')
    l_0_files = resolve('files')
    l_0_documents = resolve('documents')
    l_0_statements = resolve('statements')
    l_0_panels = resolve('panels')
    pass
    yield '<nav>'
    yield escape(context.call((undefined(name='link') if l_0_link is missing else l_0_link), environment.getattr((undefined(name='series_link') if l_0_series_link is missing else l_0_series_link), 'href'), environment.getattr((undefined(name='series_link') if l_0_series_link is missing else l_0_series_link), 'text'), _block_vars=_block_vars))
    yield '</nav>\n<main>\n<h1>'
    yield escape((undefined(name='title') if l_0_title is missing else l_0_title))
    yield '</h1>\n<p class="subtitle">'
    yield escape((undefined(name='subtitle') if l_0_subtitle is missing else l_0_subtitle))
    yield '</p>\n'
    if (undefined(name='announcement') if l_0_announcement is missing else l_0_announcement):
        pass
        yield '<section class="announcement" id="announcement"><h2>'
        yield escape(environment.getattr((undefined(name='words') if l_0_words is missing else l_0_words), 'announcement'))
        yield '</h2><p>'
        yield escape((undefined(name='announcement') if l_0_announcement is missing else l_0_announcement))
        yield '</p></section>\n'
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
    if (undefined(name='history') if l_0_history is missing else l_0_history):
        pass
        yield '<h2 id="history">'
        yield escape(environment.getattr((undefined(name='words') if l_0_words is missing else l_0_words), 'history'))
        yield '</h2>\n<p>'
        yield escape((undefined(name='history') if l_0_history is missing else l_0_history))
        yield '</p>\n'
    if (undefined(name='workplan') if l_0_workplan is missing else l_0_workplan):
        pass
        (l_0_adoption, l_0_entries) = (undefined(name='workplan') if l_0_workplan is missing else l_0_workplan)
        _block_vars.update({'adoption': l_0_adoption, 'entries': l_0_entries})
        yield '<h2 id="workplan">'
        yield escape(environment.getattr((undefined(name='words') if l_0_words is missing else l_0_words), 'workplan'))
        yield '</h2>\n<p>'
        yield escape((undefined(name='adoption') if l_0_adoption is missing else l_0_adoption))
        yield '</p>\n<ul>\n'
        for l_1_entry in (undefined(name='entries') if l_0_entries is missing else l_0_entries):
            _loop_vars = {}
            pass
            yield '<li>'
            yield escape(l_1_entry)
            yield '</li>\n'
        l_1_entry = missing
        yield '</ul>\n'
    yield '<h2 id="dates">'
    yield escape(environment.getattr((undefined(name='words') if l_0_words is missing else l_0_words), 'dates_and_venue'))
    yield '</h2>\n<dl>\n'
    for (l_1_term, l_1_value) in (undefined(name='facts') if l_0_facts is missing else l_0_facts):
        _loop_vars = {}
        pass
        yield '<dt>'
        yield escape(l_1_term)
        yield '</dt><dd>'
        yield escape(l_1_value)
        yield '</dd>\n'
    l_1_term = l_1_value = missing
    yield '</dl>\n'
    if (undefined(name='files') if l_0_files is missing else l_0_files):
        pass
        yield '<h2 id="agenda">'
        yield escape(environment.getattr((undefined(name='words') if l_0_words is missing else l_0_words), 'agenda_files'))
        yield '</h2>\n<ul>\n'
        for l_1_file in (undefined(name='files') if l_0_files is missing else l_0_files):
            _loop_vars = {}
            pass
            yield '<li>'
            yield escape(context.call((undefined(name='link') if l_0_link is missing else l_0_link), environment.getattr(l_1_file, 'href'), environment.getattr(l_1_file, 'text'), _loop_vars=_loop_vars))
            yield '</li>\n'
        l_1_file = missing
        yield '</ul>\n'
    if (undefined(name='documents') if l_0_documents is missing else l_0_documents):
        pass
        yield '<h2 id="documents">'
        yield escape(environment.getattr((undefined(name='words') if l_0_words is missing else l_0_words), 'documents'))
        yield '</h2>\n<ul>\n'
        for l_1_d in (undefined(name='documents') if l_0_documents is missing else l_0_documents):
            l_1_marks = resolve('marks')
            _loop_vars = {}
            pass
            yield '<li>'
            if environment.getattr(l_1_d, 'address'):
                pass
                yield escape(context.call((undefined(name='link') if l_0_link is missing else l_0_link), environment.getattr(l_1_d, 'address'), environment.getattr(l_1_d, 'title'), _loop_vars=_loop_vars))
            else:
                pass
                yield escape(environment.getattr(l_1_d, 'title'))
            if environment.getattr(l_1_d, 'symbol'):
                pass
                yield escape(environment.getattr((undefined(name='marks') if l_1_marks is missing else l_1_marks), 'before_open'))
                yield '<span class="symbol">'
                yield escape(environment.getattr((undefined(name='marks') if l_1_marks is missing else l_1_marks), 'open'))
                yield escape(environment.getattr(l_1_d, 'symbol'))
                yield escape(environment.getattr((undefined(name='marks') if l_1_marks is missing else l_1_marks), 'close'))
                yield '</span>'
            if environment.getattr(l_1_d, 'status'):
                pass
                yield escape(environment.getattr((undefined(name='marks') if l_1_marks is missing else l_1_marks), 'full_stop'))
                yield '<span class="status">'
                yield escape(environment.getattr(l_1_d, 'status'))
                yield '</span>'
            if environment.getattr(l_1_d, 'note'):
                pass
                yield '<br><span class="note">'
                yield escape(environment.getattr((undefined(name='words') if l_0_words is missing else l_0_words), 'note'))
                yield escape(environment.getattr((undefined(name='marks') if l_1_marks is missing else l_1_marks), 'colon'))
                yield escape(environment.getattr(l_1_d, 'note'))
                yield '</span>'
            yield '</li>\n'
        l_1_d = l_1_marks = missing
        yield '</ul>\n'
    if (undefined(name='statements') if l_0_statements is missing else l_0_statements):
        pass
        yield '<h2 id="statements">'
        yield escape(environment.getattr((undefined(name='words') if l_0_words is missing else l_0_words), 'statements'))
        yield '</h2>\n<p>'
        yield escape(environment.getattr((undefined(name='words') if l_0_words is missing else l_0_words), 'statements_note'))
        yield '</p>\n'
        l_1_loop = missing
        for l_1_group, l_1_loop in LoopContext((undefined(name='statements') if l_0_statements is missing else l_0_statements), undefined):
            _loop_vars = {}
            pass
            yield '<h3 id="'
            yield escape(environment.getattr(l_1_group, 'anchor'))
            yield '">'
            yield escape(environment.getattr(l_1_group, 'heading'))
            yield '</h3>\n<ul>'
            l_2_loop = missing
            for l_2_s, l_2_loop in LoopContext(environment.getattr(l_1_group, 'statements'), undefined):
                _loop_vars = {}
                pass
                yield '<li>'
                if environment.getattr(l_2_s, 'parts'):
                    pass
                    yield escape(environment.getattr(l_2_s, 'delegation'))
                    yield ' '
                    l_3_loop = missing
                    for l_3_part, l_3_loop in LoopContext(environment.getattr(l_2_s, 'parts'), undefined):
                        l_3_marks = resolve('marks')
                        _loop_vars = {}
                        pass
                        if environment.getattr(l_3_part, 'href'):
                            pass
                            yield escape(context.call((undefined(name='link') if l_0_link is missing else l_0_link), environment.getattr(l_3_part, 'href'), environment.getattr(l_3_part, 'text'), _loop_vars=_loop_vars))
                        else:
                            pass
                            yield escape(environment.getattr(l_3_part, 'text'))
                        if (not environment.getattr(l_3_loop, 'last')):
                            pass
                            yield escape(environment.getattr((undefined(name='marks') if l_3_marks is missing else l_3_marks), 'semicolon'))
                    l_3_loop = l_3_part = l_3_marks = missing
                elif environment.getattr(l_2_s, 'address'):
                    pass
                    yield escape(context.call((undefined(name='link') if l_0_link is missing else l_0_link), environment.getattr(l_2_s, 'address'), environment.getattr(l_2_s, 'delegation'), _loop_vars=_loop_vars))
                else:
                    pass
                    yield escape(environment.getattr(l_2_s, 'delegation'))
                yield '</li>'
            l_2_loop = l_2_s = missing
            yield '</ul>\n'
        l_1_loop = l_1_group = missing
    if (undefined(name='panels') if l_0_panels is missing else l_0_panels):
        pass
        yield '<h2 id="panellists">'
        yield escape(environment.getattr((undefined(name='words') if l_0_words is missing else l_0_words), 'panellists'))
        yield '</h2>\n'
        for l_1_panel in (undefined(name='panels') if l_0_panels is missing else l_0_panels):
            _loop_vars = {}
            pass
            yield '<h3>'
            yield escape(environment.getattr(l_1_panel, 'heading'))
            yield '</h3>\n<ul>\n'
            for l_2_p in environment.getattr(l_1_panel, 'panellists'):
                l_2_marks = resolve('marks')
                _loop_vars = {}
                pass
                yield '<li>'
                yield escape(environment.getattr(l_2_p, 'name'))
                if environment.getattr(l_2_p, 'country'):
                    pass
                    yield escape(environment.getattr((undefined(name='marks') if l_2_marks is missing else l_2_marks), 'before_open'))
                    yield escape(environment.getattr((undefined(name='marks') if l_2_marks is missing else l_2_marks), 'open'))
                    yield escape(environment.getattr(l_2_p, 'country'))
                    yield escape(environment.getattr((undefined(name='marks') if l_2_marks is missing else l_2_marks), 'close'))
                if environment.getattr(l_2_p, 'title'):
                    pass
                    yield escape(environment.getattr((undefined(name='marks') if l_2_marks is missing else l_2_marks), 'colon'))
                    yield '<cite>'
                    yield escape(environment.getattr(l_2_p, 'title'))
                    yield '</cite>'
                yield '</li>\n'
            l_2_p = l_2_marks = missing
            yield '</ul>\n'
        l_1_panel = missing
    yield '</main>\n'

blocks = {'body': block_body}
debug_info = '4=13&5=16&6=35&7=60&9=62&10=64&11=66&12=69&14=73&15=76&16=78&17=82&20=85&21=88&22=90&24=92&25=94&26=97&27=99&29=101&30=105&34=110&36=112&37=116&40=122&41=125&43=127&44=131&48=135&49=138&51=140&52=145&53=151&54=159&55=165&59=175&60=178&61=180&62=183&63=187&64=192&65=196&66=215&67=220&70=225&71=228&72=230&73=234&75=236&76=241'