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
        if (undefined(name='merged') if l_0_merged is missing else l_0_merged):
            pass
            yield '<th scope="col" class="time">'
            yield escape(environment.getitem(environment.getattr((undefined(name='table') if l_0_table is missing else l_0_table), 'columns'), 0))
            yield '</th>\n'
        else:
            pass
            yield '<th scope="col" class="date">'
            yield escape(environment.getitem(environment.getattr((undefined(name='table') if l_0_table is missing else l_0_table), 'columns'), 0))
            yield '</th>\n<th scope="col" class="time">'
            yield escape(environment.getitem(environment.getattr((undefined(name='table') if l_0_table is missing else l_0_table), 'columns'), 1))
            yield '</th>\n'
        yield '<th scope="col" class="item">'
        yield escape(environment.getitem(environment.getattr((undefined(name='table') if l_0_table is missing else l_0_table), 'columns'), -2))
        yield '</th>\n<th scope="col">'
        yield escape(environment.getitem(environment.getattr((undefined(name='table') if l_0_table is missing else l_0_table), 'columns'), -1))
        yield '</th>\n</tr>\n'
    yield '</thead>\n'
    for l_1_day in environment.getattr((undefined(name='table') if l_0_table is missing else l_0_table), 'days'):
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
        for l_2_sitting in environment.getattr(l_1_day, 'sittings'):
            _loop_vars = {}
            pass
            for l_3_line in environment.getattr(l_2_sitting, 'lines'):
                _loop_vars = {}
                pass
                yield '<tr>\n'
                if (environment.getattr(l_3_line, 'first_of_day') and (not (undefined(name='merged') if l_0_merged is missing else l_0_merged))):
                    pass
                    yield '<th scope="rowgroup" rowspan="'
                    yield escape(t_2(environment.getattr(l_1_day, 'lines')))
                    yield '" class="date">'
                    yield escape(environment.getattr(l_1_day, 'label'))
                    yield '</th>\n'
                if environment.getattr(l_3_line, 'first_of_sitting'):
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
            l_3_line = missing
        l_2_sitting = missing
        yield '</tbody>\n'
    l_1_day = missing
    yield '</table>\n'

blocks = {}
debug_info = '3=33&4=36&5=40&6=51&7=54&10=65&12=68&13=71&15=76&16=78&18=80&19=84&23=88&24=92&25=94&30=101&31=104&33=109&34=111&36=114&37=116&41=119&43=123&44=126&46=130&47=133&49=137&50=140&52=144&53=147&55=151&56=155'