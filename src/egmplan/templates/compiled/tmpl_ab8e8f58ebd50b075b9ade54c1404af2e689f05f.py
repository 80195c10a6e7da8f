from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'agenda.txt.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_view = resolve('view')
    l_0_documentation_heading = resolve('documentation_heading')
    l_0_m = missing
    try:
        t_1 = environment.filters['hanging']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'hanging' found.")
    try:
        t_2 = environment.filters['select']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'select' found.")
    try:
        t_3 = environment.filters['spread']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'spread' found.")
    try:
        t_4 = environment.filters['string']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'string' found.")
    try:
        t_5 = environment.filters['txt_spans']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'txt_spans' found.")
    try:
        t_6 = environment.filters['txt_table']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'txt_table' found.")
    try:
        t_7 = environment.filters['wrap']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No filter named 'wrap' found.")
    pass
    l_0_m = environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'masthead')
    context.vars['m'] = l_0_m
    context.exported_vars.add('m')
    yield str(t_3(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'organ'), (environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'symbol') or '')))
    yield '\n'
    for l_1_line in t_2(context, [environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'distribution'), environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'issued'), environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'language'), environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'original')]):
        _loop_vars = {}
        pass
        yield str(t_3('', l_1_line))
        yield '\n'
    l_1_line = missing
    yield '\n'
    yield str(t_7(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'body')))
    yield '\n'
    if environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'session_line'):
        pass
        yield str(t_7(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'session_line')))
        yield '\n'
    yield str(t_7(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'venue_dates')))
    yield '\n\n\n'
    yield str(t_7(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'title')))
    yield '\n\n\n'
    if (environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'title') != environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'agenda_heading')):
        pass
        yield str(t_7(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'agenda_heading')))
        yield '\n\n'
    for l_1_entry in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'agenda'):
        _loop_vars = {}
        pass
        yield str(t_1(environment.getattr(l_1_entry, 'text'), environment.getattr(l_1_entry, 'label')))
        yield '\n'
        for l_2_sub in environment.getattr(l_1_entry, 'items'):
            _loop_vars = {}
            pass
            yield str(t_1(environment.getattr(l_2_sub, 'text'), environment.getattr(l_2_sub, 'label'), indent=4))
            yield '\n'
        l_2_sub = missing
    l_1_entry = missing
    if environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'annotated'):
        pass
        l_0_documentation_heading = environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'documentation_heading')
        context.vars['documentation_heading'] = l_0_documentation_heading
        context.exported_vars.add('documentation_heading')
        yield '\n\n'
        yield str(t_7(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'annotations_heading')))
        yield '\n\n'
        for l_1_section in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'annotations'):
            _loop_vars = {}
            pass
            yield str(t_1(environment.getattr(l_1_section, 'heading'), environment.getattr(l_1_section, 'label')))
            yield '\n\n'
            for l_2_block in environment.getattr(l_1_section, 'blocks'):
                _loop_vars = {}
                pass
                if (environment.getattr(l_2_block, 'kind') == 'list'):
                    pass
                    for l_3_item in environment.getattr(l_2_block, 'items'):
                        _loop_vars = {}
                        pass
                        yield str(t_7(t_5(l_3_item), indent='        ', subsequent='          '))
                        yield '\n'
                    l_3_item = missing
                    yield '\n'
                else:
                    pass
                    yield str(t_7(t_5(environment.getattr(l_2_block, 'spans')), indent='    '))
                    yield '\n\n'
            l_2_block = missing
            if environment.getattr(l_1_section, 'has_documentation'):
                pass
                yield '    '
                yield str((undefined(name='documentation_heading') if l_0_documentation_heading is missing else l_0_documentation_heading))
                yield '\n\n'
                for l_2_document in environment.getattr(l_1_section, 'documentation'):
                    _loop_vars = {}
                    pass
                    yield str(t_7(environment.getattr(l_2_document, 'text'), indent='    '))
                    yield '\n\n'
                l_2_document = missing
                if environment.getattr(l_1_section, 'documentation_note'):
                    pass
                    yield str(t_7(environment.getattr(l_1_section, 'documentation_note'), indent='    '))
                    yield '\n\n'
            if environment.getattr(l_1_section, 'footnotes'):
                pass
                yield '    __________________\n'
                for l_2_footnote in environment.getattr(l_1_section, 'footnotes'):
                    _loop_vars = {}
                    pass
                    yield str(t_1(t_5(environment.getattr(l_2_footnote, 'spans')), t_4(environment.getattr(l_2_footnote, 'number')), indent=4, gap=4))
                    yield '\n'
                l_2_footnote = missing
                yield '\n'
        l_1_section = missing
    if environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'deadlines'):
        pass
        yield '\n'
        yield str(t_7(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'deadlines_heading')))
        yield '\n\n'
        for l_1_line in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'deadlines'):
            _loop_vars = {}
            pass
            yield str(t_1(l_1_line, '-', indent=2, gap=1))
            yield '\n'
        l_1_line = missing
    yield '\n\n'
    yield str(t_7(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'annex_label')))
    yield '\n\n'
    yield str(t_7(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'annex_title')))
    yield '\n\n'
    yield str(t_6(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'table')))
    yield '\n'

blocks = {}
debug_info = '2=56&3=59&4=61&5=64&8=68&9=70&10=72&12=74&15=76&18=78&19=80&22=82&23=85&24=87&25=90&28=94&29=96&32=100&34=102&35=105&37=107&38=110&39=112&40=115&44=121&48=124&49=127&51=129&52=132&55=135&56=137&60=139&62=142&63=145&69=150&71=153&73=155&74=158&79=162&81=164&83=166'