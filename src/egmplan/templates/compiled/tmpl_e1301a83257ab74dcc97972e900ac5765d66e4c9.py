from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '_table.html.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_view = resolve('view')
    l_0_paged = resolve('paged')
    l_0_caption_id = resolve('caption_id')
    l_0_table = l_0_merged = missing
    try:
        t_1 = environment.filters['html_title']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'html_title' found.")
    try:
        t_2 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_3 = environment.tests['defined']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No test named 'defined' found.")
    try:
        t_4 = environment.tests['sameas']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No test named 'sameas' found.")
    pass
    l_0_table = environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'table')
    context.vars['table'] = l_0_table
    context.exported_vars.add('table')
    l_0_merged = (environment.getattr((undefined(name='table') if l_0_table is missing else l_0_table), 'layout') == 'merged')
    context.vars['merged'] = l_0_merged
    context.exported_vars.add('merged')
    yield '<table class="orgwork'
    if (t_3((undefined(name='paged') if l_0_paged is missing else l_0_paged)) and (undefined(name='paged') if l_0_paged is missing else l_0_paged)):
        pass
        if (undefined(name='merged') if l_0_merged is missing else l_0_merged):
            pass
            yield ' merged'
        if (t_2(environment.getattr((undefined(name='table') if l_0_table is missing else l_0_table), 'lanes')) > 1):
            pass
            yield ' lanes'
    yield '" aria-labelledby="'
    yield escape((undefined(name='caption_id') if l_0_caption_id is missing else l_0_caption_id))
    yield '">\n'
    if (t_3((undefined(name='paged') if l_0_paged is missing else l_0_paged)) and (undefined(name='paged') if l_0_paged is missing else l_0_paged)):
        pass
        yield '<colgroup>'
        if (not (undefined(name='merged') if l_0_merged is missing else l_0_merged)):
            pass
            yield '<col class="date">'
        yield '<col class="time">'
        for l_1__ in environment.getattr((undefined(name='table') if l_0_table is missing else l_0_table), 'lanes'):
            _loop_vars = {}
            pass
            yield '<col class="item"><col>'
        l_1__ = missing
        yield '</colgroup>\n'
    yield '<thead>\n'
    if environment.getattr((undefined(name='table') if l_0_table is missing else l_0_table), 'has_tracks'):
        pass
        yield '<tr>\n'
        if (undefined(name='merged') if l_0_merged is missing else l_0_merged):
            pass
            yield '<th scope="col" rowspan="2" class="time">'
            yield escape(environment.getitem(environment.getattr((undefined(name='table') if l_0_table is missing else l_0_table), 'columns'), 0))
            yield '</th>\n'
        else:
            pass
            yield '<th scope="col" rowspan="2" class="date">'
            yield escape(environment.getitem(environment.getattr((undefined(name='table') if l_0_table is missing else l_0_table), 'columns'), 0))
            yield '</th>\n<th scope="col" rowspan="2" class="time">'
            yield escape(environment.getitem(environment.getattr((undefined(name='table') if l_0_table is missing else l_0_table), 'columns'), 1))
            yield '</th>\n'
        for l_1_heading in environment.getattr((undefined(name='table') if l_0_table is missing else l_0_table), 'lane_headings'):
            _loop_vars = {}
            pass
            yield '<th scope="colgroup" colspan="2" class="lane">'
            yield escape(l_1_heading)
            yield '</th>\n'
        l_1_heading = missing
        yield '</tr>\n<tr>\n'
        for l_1__ in environment.getattr((undefined(name='table') if l_0_table is missing else l_0_table), 'lanes'):
            _loop_vars = {}
            pass
            yield '<th scope="col" class="item">'
            yield escape(environment.getitem(environment.getattr((undefined(name='table') if l_0_table is missing else l_0_table), 'columns'), -2))
            yield '</th>\n<th scope="col">'
            yield escape(environment.getitem(environment.getattr((undefined(name='table') if l_0_table is missing else l_0_table), 'columns'), -1))
            yield '</th>\n'
        l_1__ = missing
        yield '</tr>\n'
    else:
        pass
        yield '<tr>\n'
        l_1_loop = missing
        for l_1_column, l_1_loop in LoopContext(environment.getattr((undefined(name='table') if l_0_table is missing else l_0_table), 'columns'), undefined):
            _loop_vars = {}
            pass
            yield '<th scope="col"'
            if (environment.getattr(l_1_loop, 'index0') == 0):
                pass
                yield ' class="'
                yield escape(('time' if (undefined(name='merged') if l_0_merged is missing else l_0_merged) else 'date'))
                yield '"'
            elif ((environment.getattr(l_1_loop, 'index0') == 1) and (not (undefined(name='merged') if l_0_merged is missing else l_0_merged))):
                pass
                yield ' class="time"'
            elif (environment.getattr(l_1_loop, 'revindex') == 2):
                pass
                yield ' class="item"'
            yield '>'
            yield escape(l_1_column)
            yield '</th>\n'
        l_1_loop = l_1_column = missing
        yield '</tr>\n'
    yield '</thead>\n'
    l_1_loop = missing
    for l_1_day, l_1_loop in LoopContext(environment.getattr((undefined(name='table') if l_0_table is missing else l_0_table), 'days'), undefined):
        _loop_vars = {}
        pass
        yield '<tbody>\n'
        if (undefined(name='merged') if l_0_merged is missing else l_0_merged):
            pass
            yield '<tr><th scope="rowgroup" colspan="'
            yield escape((1 + (2 * t_2(environment.getattr((undefined(name='table') if l_0_table is missing else l_0_table), 'lanes')))))
            yield '" class="date">'
            yield escape(environment.getattr(l_1_day, 'label'))
            yield '</th></tr>\n'
        l_2_loop = missing
        for l_2_sitting, l_2_loop in LoopContext(environment.getattr(l_1_day, 'sittings'), undefined):
            _loop_vars = {}
            pass
            l_3_loop = missing
            for l_3_line, l_3_loop in LoopContext(environment.getattr(l_2_sitting, 'lines'), undefined):
                _loop_vars = {}
                pass
                yield '<tr>\n'
                if (((not (undefined(name='merged') if l_0_merged is missing else l_0_merged)) and environment.getattr(l_3_loop, 'first')) and t_4(l_2_sitting, environment.getitem(environment.getattr(l_1_day, 'sittings'), 0))):
                    pass
                    yield '<th scope="rowgroup" rowspan="'
                    yield escape(t_2(environment.getattr(l_1_day, 'lines')))
                    yield '" class="date">'
                    yield escape(environment.getattr(l_1_day, 'label'))
                    yield '</th>\n'
                if environment.getattr(l_3_loop, 'first'):
                    pass
                    yield '<td rowspan="'
                    yield escape(t_2(environment.getattr(l_2_sitting, 'lines')))
                    yield '" class="time">'
                    yield escape(environment.getattr(l_2_sitting, 'time'))
                    yield '</td>\n'
                for l_4_cell in environment.getattr(l_3_line, 'cells'):
                    _loop_vars = {}
                    pass
                    yield '<td class="item">'
                    yield escape(environment.getattr(l_4_cell, 'item'))
                    yield '</td><td>'
                    yield escape(t_1(l_4_cell))
                    yield '</td>\n'
                l_4_cell = missing
                yield '</tr>\n'
            l_3_loop = l_3_line = missing
        l_2_loop = l_2_sitting = missing
        yield '</tbody>\n'
    l_1_loop = l_1_day = missing
    yield '</table>\n'

blocks = {}
debug_info = '3=39&4=42&5=46&6=57&7=60&10=71&12=74&13=77&15=82&16=84&18=86&19=90&23=94&24=98&25=100&30=108&31=112&36=130&38=134&39=137&41=142&42=146&44=150&45=153&47=157&48=160&50=164&51=168'