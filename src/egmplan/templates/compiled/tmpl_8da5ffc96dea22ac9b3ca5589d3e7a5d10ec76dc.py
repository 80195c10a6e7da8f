from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'agenda.md.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_view = resolve('view')
    l_0_documentation_heading = resolve('documentation_heading')
    l_0_m = l_0_right = missing
    try:
        t_1 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_2 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_3 = environment.filters['map']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'map' found.")
    try:
        t_4 = environment.filters['md']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'md' found.")
    try:
        t_5 = environment.filters['md_inline']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'md_inline' found.")
    try:
        t_6 = environment.filters['md_spans']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'md_spans' found.")
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
    yield str(t_4(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'organ')))
    if environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'symbol'):
        pass
        yield '\\\n'
        yield str(t_4(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'symbol')))
    yield '\n\n'
    l_0_right = environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'dated_lines')
    context.vars['right'] = l_0_right
    context.exported_vars.add('right')
    if (undefined(name='right') if l_0_right is missing else l_0_right):
        pass
        yield str(t_1(context.eval_ctx, t_3(context, (undefined(name='right') if l_0_right is missing else l_0_right), 'md'), '\\\n'))
        yield '\n\n'
    yield '**'
    yield str(t_4(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'body')))
    yield '**\\\n'
    if environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'session_line'):
        pass
        yield str(t_4(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'session_line')))
        yield '\\\n'
    yield str(t_4(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'venue_dates')))
    yield '\n\n# '
    yield str(t_4(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'title')))
    yield '\n\n'
    if (environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'title') != environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'agenda_heading')):
        pass
        yield '## '
        yield str(t_4(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'agenda_heading')))
        yield '\n\n'
    for l_1_entry in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'agenda'):
        _loop_vars = {}
        pass
        yield str(t_4(environment.getattr(l_1_entry, 'number')))
        yield '. '
        yield str(t_4(environment.getattr(l_1_entry, 'text')))
        yield '\n'
        if environment.getattr(l_1_entry, 'items'):
            pass
            yield '\n'
            for l_2_sub in environment.getattr(l_1_entry, 'items'):
                _loop_vars = {}
                pass
                yield str((' ' * (t_2(environment.getattr(l_1_entry, 'number')) + 2)))
                yield str(t_4(environment.getattr(l_2_sub, 'label')))
                yield ' '
                yield str(t_4(environment.getattr(l_2_sub, 'text')))
                if (not t_7(l_2_sub, environment.getitem(environment.getattr(l_1_entry, 'items'), -1))):
                    pass
                    yield '\\'
                yield '\n'
            l_2_sub = missing
        yield '\n'
    l_1_entry = missing
    if environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'annotated'):
        pass
        l_0_documentation_heading = t_4(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'documentation_heading'))
        context.vars['documentation_heading'] = l_0_documentation_heading
        context.exported_vars.add('documentation_heading')
        yield '## '
        yield str(t_4(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'annotations_heading')))
        yield '\n\n'
        for l_1_section in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'annotations'):
            _loop_vars = {}
            pass
            yield str(('#' * (environment.getattr(l_1_section, 'level') + 2)))
            yield ' '
            yield str(t_5(environment.getattr(l_1_section, 'label')))
            yield ' '
            yield str(t_4(environment.getattr(l_1_section, 'heading')))
            yield '\n\n'
            for l_2_block in environment.getattr(l_1_section, 'blocks'):
                _loop_vars = {}
                pass
                if (environment.getattr(l_2_block, 'kind') == 'list'):
                    pass
                    for l_3_item in environment.getattr(l_2_block, 'items'):
                        _loop_vars = {}
                        pass
                        yield '- '
                        yield str(t_6(l_3_item))
                        yield '\n'
                    l_3_item = missing
                    yield '\n'
                else:
                    pass
                    yield str(t_6(environment.getattr(l_2_block, 'spans')))
                    yield '\n\n'
            l_2_block = missing
            if environment.getattr(l_1_section, 'has_documentation'):
                pass
                yield str(('#' * (environment.getattr(l_1_section, 'level') + 3)))
                yield ' '
                yield str((undefined(name='documentation_heading') if l_0_documentation_heading is missing else l_0_documentation_heading))
                yield '\n\n'
                for l_2_document in environment.getattr(l_1_section, 'documentation'):
                    _loop_vars = {}
                    pass
                    yield str(t_4(environment.getattr(l_2_document, 'text')))
                    yield '\n\n'
                l_2_document = missing
                if environment.getattr(l_1_section, 'documentation_note'):
                    pass
                    yield str(t_4(environment.getattr(l_1_section, 'documentation_note')))
                    yield '\n\n'
            for l_2_footnote in environment.getattr(l_1_section, 'footnotes'):
                _loop_vars = {}
                pass
                yield '[^'
                yield str(environment.getattr(l_2_footnote, 'number'))
                yield ']: '
                yield str(t_6(environment.getattr(l_2_footnote, 'spans')))
                yield '\n'
            l_2_footnote = missing
            if environment.getattr(l_1_section, 'footnotes'):
                pass
                yield '\n'
        l_1_section = missing
    if environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'deadlines'):
        pass
        yield '## '
        yield str(t_4(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'deadlines_heading')))
        yield '\n\n'
        for l_1_line in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'deadlines'):
            _loop_vars = {}
            pass
            yield '- '
            yield str(t_4(l_1_line))
            yield '\n'
        l_1_line = missing
        yield '\n'
    yield '---\n\n## '
    yield str(t_4(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'annex_label')))
    yield '\n\n## '
    yield str(t_4(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'annex_title')))
    yield '\n\n'
    template = environment.get_template('_table.md.j2', 'agenda.md.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'documentation_heading': l_0_documentation_heading, 'm': l_0_m, 'right': l_0_right}))
    try:
        for event in gen:
            yield event
    finally: gen.close()

blocks = {}
debug_info = '2=56&3=59&4=63&7=65&8=68&9=70&12=73&13=75&14=77&16=79&18=81&20=83&21=86&24=88&25=91&26=95&28=98&29=101&35=112&36=114&37=118&39=120&40=123&42=129&43=132&44=134&45=138&49=144&53=147&54=149&56=153&57=156&60=159&61=161&65=163&66=167&68=172&73=176&74=179&76=181&77=185&83=190&85=192&87=194'