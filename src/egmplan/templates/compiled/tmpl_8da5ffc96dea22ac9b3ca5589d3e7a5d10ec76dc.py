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
        t_3 = environment.filters['list']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'list' found.")
    try:
        t_4 = environment.filters['map']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'map' found.")
    try:
        t_5 = environment.filters['md']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'md' found.")
    try:
        t_6 = environment.filters['md_inline']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'md_inline' found.")
    try:
        t_7 = environment.filters['md_spans']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No filter named 'md_spans' found.")
    try:
        t_8 = environment.filters['select']
    except KeyError:
        @internalcode
        def t_8(*unused):
            raise TemplateRuntimeError("No filter named 'select' found.")
    try:
        t_9 = environment.tests['sameas']
    except KeyError:
        @internalcode
        def t_9(*unused):
            raise TemplateRuntimeError("No test named 'sameas' found.")
    pass
    l_0_m = environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'masthead')
    context.vars['m'] = l_0_m
    context.exported_vars.add('m')
    yield str(t_5(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'organ')))
    if environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'symbol'):
        pass
        yield '\\\n'
        yield str(t_5(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'symbol')))
    yield '\n\n'
    l_0_right = t_3(context.eval_ctx, t_8(context, [environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'distribution'), environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'issued'), environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'language'), environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'original')]))
    context.vars['right'] = l_0_right
    context.exported_vars.add('right')
    if (undefined(name='right') if l_0_right is missing else l_0_right):
        pass
        yield str(t_1(context.eval_ctx, t_4(context, (undefined(name='right') if l_0_right is missing else l_0_right), 'md'), '\\\n'))
        yield '\n\n'
    yield '**'
    yield str(t_5(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'body')))
    yield '**\\\n'
    if environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'session_line'):
        pass
        yield str(t_5(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'session_line')))
        yield '\\\n'
    yield str(t_5(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'venue_dates')))
    yield '\n\n# '
    yield str(t_5(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'title')))
    yield '\n\n'
    if (environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'title') != environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'agenda_heading')):
        pass
        yield '## '
        yield str(t_5(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'agenda_heading')))
        yield '\n\n'
    for l_1_entry in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'agenda'):
        _loop_vars = {}
        pass
        yield str(t_5(environment.getattr(l_1_entry, 'number')))
        yield '. '
        yield str(t_5(environment.getattr(l_1_entry, 'text')))
        yield '\n'
        if environment.getattr(l_1_entry, 'items'):
            pass
            yield '\n'
            for l_2_sub in environment.getattr(l_1_entry, 'items'):
                _loop_vars = {}
                pass
                yield str((' ' * (t_2(environment.getattr(l_1_entry, 'number')) + 2)))
                yield str(t_5(environment.getattr(l_2_sub, 'label')))
                yield ' '
                yield str(t_5(environment.getattr(l_2_sub, 'text')))
                if (not t_9(l_2_sub, environment.getitem(environment.getattr(l_1_entry, 'items'), -1))):
                    pass
                    yield '\\'
                yield '\n'
            l_2_sub = missing
        yield '\n'
    l_1_entry = missing
    if environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'annotated'):
        pass
        l_0_documentation_heading = t_5(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'documentation_heading'))
        context.vars['documentation_heading'] = l_0_documentation_heading
        context.exported_vars.add('documentation_heading')
        yield '## '
        yield str(t_5(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'annotations_heading')))
        yield '\n\n'
        for l_1_section in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'annotations'):
            _loop_vars = {}
            pass
            yield str(('#' * (environment.getattr(l_1_section, 'level') + 2)))
            yield ' '
            yield str(t_6(environment.getattr(l_1_section, 'label')))
            yield ' '
            yield str(t_5(environment.getattr(l_1_section, 'heading')))
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
                        yield str(t_7(l_3_item))
                        yield '\n'
                    l_3_item = missing
                    yield '\n'
                else:
                    pass
                    yield str(t_7(environment.getattr(l_2_block, 'spans')))
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
                    yield str(t_5(environment.getattr(l_2_document, 'text')))
                    yield '\n\n'
                l_2_document = missing
                if environment.getattr(l_1_section, 'documentation_note'):
                    pass
                    yield str(t_5(environment.getattr(l_1_section, 'documentation_note')))
                    yield '\n\n'
            for l_2_footnote in environment.getattr(l_1_section, 'footnotes'):
                _loop_vars = {}
                pass
                yield '[^'
                yield str(environment.getattr(l_2_footnote, 'number'))
                yield ']: '
                yield str(t_7(environment.getattr(l_2_footnote, 'spans')))
                yield '\n'
            l_2_footnote = missing
            if environment.getattr(l_1_section, 'footnotes'):
                pass
                yield '\n'
        l_1_section = missing
    if environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'deadlines'):
        pass
        yield '## '
        yield str(t_5(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'deadlines_heading')))
        yield '\n\n'
        for l_1_line in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'deadlines'):
            _loop_vars = {}
            pass
            yield '- '
            yield str(t_5(l_1_line))
            yield '\n'
        l_1_line = missing
        yield '\n'
    yield '---\n\n## '
    yield str(t_5(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'annex_label')))
    yield '\n\n## '
    yield str(t_5(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'annex_title')))
    yield '\n\n'
    template = environment.get_template('_table.md.j2', 'agenda.md.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'documentation_heading': l_0_documentation_heading, 'm': l_0_m, 'right': l_0_right}))
    try:
        for event in gen:
            yield event
    finally: gen.close()

blocks = {}
debug_info = '2=68&3=71&4=75&7=77&8=80&9=82&12=85&13=87&14=89&16=91&18=93&20=95&21=98&24=100&25=103&26=107&28=110&29=113&35=124&36=126&37=130&39=132&40=135&42=141&43=144&44=146&45=150&49=156&53=159&54=161&56=165&57=168&60=171&61=173&65=175&66=179&68=184&73=188&74=191&76=193&77=197&83=202&85=204&87=206'