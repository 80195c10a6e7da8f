from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '_table.md.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_view = resolve('view')
    l_0_lead = resolve('lead')
    l_0_table = l_0_merged = missing
    try:
        t_1 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_2 = environment.filters['map']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'map' found.")
    try:
        t_3 = environment.filters['md_cell']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'md_cell' found.")
    try:
        t_4 = environment.filters['md_title']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'md_title' found.")
    pass
    l_0_table = environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'table')
    context.vars['table'] = l_0_table
    context.exported_vars.add('table')
    l_0_merged = (environment.getattr((undefined(name='table') if l_0_table is missing else l_0_table), 'layout') == 'merged')
    context.vars['merged'] = l_0_merged
    context.exported_vars.add('merged')
    if environment.getattr((undefined(name='table') if l_0_table is missing else l_0_table), 'has_tracks'):
        pass
        l_0_lead = ([environment.getitem(environment.getattr((undefined(name='table') if l_0_table is missing else l_0_table), 'columns'), 0)] if (undefined(name='merged') if l_0_merged is missing else l_0_merged) else [environment.getitem(environment.getattr((undefined(name='table') if l_0_table is missing else l_0_table), 'columns'), 0), environment.getitem(environment.getattr((undefined(name='table') if l_0_table is missing else l_0_table), 'columns'), 1)])
        context.vars['lead'] = l_0_lead
        context.exported_vars.add('lead')
        yield '| '
        yield str(t_1(context.eval_ctx, t_2(context, (undefined(name='lead') if l_0_lead is missing else l_0_lead), 'md_cell'), ' | '))
        yield ' |'
        for l_1_heading in environment.getattr((undefined(name='table') if l_0_table is missing else l_0_table), 'lane_headings'):
            _loop_vars = {}
            pass
            yield ' '
            yield str(t_3(environment.getitem(environment.getattr((undefined(name='table') if l_0_table is missing else l_0_table), 'columns'), -2)))
            yield ' | '
            yield str(t_3(l_1_heading))
            yield ' |'
        l_1_heading = missing
        yield '\n|'
        for l_1__ in (undefined(name='lead') if l_0_lead is missing else l_0_lead):
            _loop_vars = {}
            pass
            yield ' --- |'
        l_1__ = missing
        for l_1__ in environment.getattr((undefined(name='table') if l_0_table is missing else l_0_table), 'lanes'):
            _loop_vars = {}
            pass
            yield ' --- | --- |'
        l_1__ = missing
        yield '\n'
    else:
        pass
        yield '|'
        for l_1_heading in environment.getattr((undefined(name='table') if l_0_table is missing else l_0_table), 'columns'):
            _loop_vars = {}
            pass
            yield ' '
            yield str(t_3(l_1_heading))
            yield ' |'
        l_1_heading = missing
        yield '\n|'
        for l_1__ in environment.getattr((undefined(name='table') if l_0_table is missing else l_0_table), 'columns'):
            _loop_vars = {}
            pass
            yield ' --- |'
        l_1__ = missing
        yield '\n'
    for l_1_line in environment.getattr((undefined(name='table') if l_0_table is missing else l_0_table), 'lines'):
        _loop_vars = {}
        pass
        if (undefined(name='merged') if l_0_merged is missing else l_0_merged):
            pass
            if environment.getattr(l_1_line, 'date'):
                pass
                yield '| **'
                yield str(t_3(environment.getattr(l_1_line, 'date')))
                yield '** |'
                for l_2__ in environment.getattr((undefined(name='table') if l_0_table is missing else l_0_table), 'lanes'):
                    _loop_vars = {}
                    pass
                    yield ' | |'
                l_2__ = missing
                yield '\n'
            yield '| '
            yield str(t_3(environment.getattr(l_1_line, 'time')))
            yield ' |'
        else:
            pass
            yield '| '
            yield str(t_3(environment.getattr(l_1_line, 'date')))
            yield ' | '
            yield str(t_3(environment.getattr(l_1_line, 'time')))
            yield ' |'
        for l_2_cell in environment.getattr(l_1_line, 'cells'):
            _loop_vars = {}
            pass
            yield ' '
            yield str(t_3(environment.getattr(l_2_cell, 'item')))
            yield ' | '
            yield str(t_4(l_2_cell))
            yield ' |'
        l_2_cell = missing
        yield '\n'
    l_1_line = missing

blocks = {}
debug_info = '2=38&3=41&4=44&5=46&6=50&8=62&11=76&13=84&16=90&17=93&18=95&21=107&23=112&25=116'