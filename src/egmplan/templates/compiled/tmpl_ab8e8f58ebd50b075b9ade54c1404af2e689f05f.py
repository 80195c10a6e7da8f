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
        t_2 = environment.filters['spread']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'spread' found.")
    try:
        t_3 = environment.filters['string']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'string' found.")
    try:
        t_4 = environment.filters['txt_spans']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'txt_spans' found.")
    try:
        t_5 = environment.filters['txt_table']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'txt_table' found.")
    try:
        t_6 = environment.filters['wrap']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'wrap' found.")
    pass
    l_0_m = environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'masthead')
    context.vars['m'] = l_0_m
    context.exported_vars.add('m')
    yield str(t_2(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'organ'), (environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'symbol') or '')))
    yield '\n'
    for l_1_line in environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'dated_lines'):
        _loop_vars = {}
        pass
        yield str(t_2('', l_1_line))
        yield '\n'
    l_1_line = missing
    yield '\n'
    yield str(t_6(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'body')))
    yield '\n'
    if environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'session_line'):
        pass
        yield str(t_6(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'session_line')))
        yield '\n'
    yield str(t_6(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'venue_dates')))
    yield '\n\n\n'
    yield str(t_6(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'title')))
    yield '\n\n\n'
    if (environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'title') != environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'agenda_heading')):
        pass
        yield str(t_6(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'agenda_heading')))
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
        yield str(t_6(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'annotations_heading')))
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
                        yield str(t_6(t_4(l_3_item), indent='        ', subsequent='          '))
                        yield '\n'
                    l_3_item = missing
                    yield '\n'
                else:
                    pass
                    yield str(t_6(t_4(environment.getattr(l_2_block, 'spans')), indent='    '))
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
                    yield str(t_6(environment.getattr(l_2_document, 'text'), indent='    '))
                    yield '\n\n'
                l_2_document = missing
                if environment.getattr(l_1_section, 'documentation_note'):
                    pass
                    yield str(t_6(environment.getattr(l_1_section, 'documentation_note'), indent='    '))
                    yield '\n\n'
            if environment.getattr(l_1_section, 'footnotes'):
                pass
                yield '    __________________\n'
                for l_2_footnote in environment.getattr(l_1_section, 'footnotes'):
                    _loop_vars = {}
                    pass
                    yield str(t_1(t_4(environment.getattr(l_2_footnote, 'spans')), t_3(environment.getattr(l_2_footnote, 'number')), indent=4, gap=4))
                    yield '\n'
                l_2_footnote = missing
                yield '\n'
        l_1_section = missing
    if environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'deadlines'):
        pass
        yield '\n'
        yield str(t_6(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'deadlines_heading')))
        yield '\n\n'
        for l_1_line in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'deadlines'):
            _loop_vars = {}
            pass
            yield str(t_1(l_1_line, '-', indent=2, gap=1))
            yield '\n'
        l_1_line = missing
    yield '\n\n'
    yield str(t_6(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'annex_label')))
    yield '\n\n'
    yield str(t_6(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'annex_title')))
    yield '\n\n'
    yield str(t_5(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'table')))
    yield '\n'

blocks = {}
debug_info = '2=50&3=53&4=55&5=58&8=62&9=64&10=66&12=68&15=70&18=72&19=74&22=76&23=79&24=81&25=84&28=88&29=90&32=94&34=96&35=99&37=101&38=104&39=106&40=109&44=115&48=118&49=121&51=123&52=126&55=129&56=131&60=133&62=136&63=139&69=144&71=147&73=149&74=152&79=156&81=158&83=160'