"""briefing.txt.j2 compiled by Jinja2 3.1.6: made by
`python -m jcpoa_tracker.render.templates`, never edited."""

MADE_FROM = 'fd5afd4eebb2bdc9d4a9eb1b3c639095907f28f87be1fcba3104400b6332aff6'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'briefing.txt.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_window = resolve('window')
    l_0_alerts = resolve('alerts')
    l_0_headline = resolve('headline')
    l_0_new = resolve('new')
    l_0_quotes = resolve('quotes')
    l_0_trends = resolve('trends')
    l_0_upcoming = resolve('upcoming')
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
        t_3 = environment.filters['ljust']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'ljust' found.")
    try:
        t_4 = environment.filters['wrap']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'wrap' found.")
    pass
    l_1_title = resolve('title')
    t_5 = []
    pass
    t_5.append(
        str(environment.finalize((undefined(name='title') if l_1_title is missing else l_1_title))),
    )
    yield t_4(concat(t_5))
    l_1_title = missing
    yield '\n========================================================================\n'
    t_6 = []
    pass
    t_6.extend((
        'Window: ',
        str(environment.finalize(environment.getattr((undefined(name='window') if l_0_window is missing else l_0_window), 'description'))),
        '.',
    ))
    yield t_4(concat(t_6))
    yield '\n'
    if environment.getattr((undefined(name='window') if l_0_window is missing else l_0_window), 'note'):
        pass
        t_7 = []
        pass
        t_7.extend((
            'Note: ',
            str(environment.finalize(environment.getattr((undefined(name='window') if l_0_window is missing else l_0_window), 'note'))),
        ))
        yield t_4(concat(t_7))
        yield '\n'
    if (undefined(name='alerts') if l_0_alerts is missing else l_0_alerts):
        pass
        yield '\nALERTS\n'
        for l_1_alert in (undefined(name='alerts') if l_0_alerts is missing else l_0_alerts):
            _loop_vars = {}
            pass
            t_8 = []
            pass
            t_8.extend((
                str(environment.finalize(environment.getattr(l_1_alert, 'severity'))),
                ': ',
                str(environment.finalize(environment.getattr(l_1_alert, 'message'))),
            ))
            yield t_4(concat(t_8), '  ! ', '    ')
            yield '\n'
        l_1_alert = missing
    yield '\nWHERE THINGS STAND\n'
    t_9 = 1
    for l_1_track in environment.getattr((undefined(name='headline') if l_0_headline is missing else l_0_headline), 'tracks'):
        _loop_vars = {}
        pass
        yield '\n'
        t_10 = []
        pass
        t_10.append(
            str(environment.finalize(environment.getattr(l_1_track, 'title'))),
        )
        yield t_4(concat(t_10))
        yield '\n'
        t_11 = []
        pass
        t_11.append(
            str(environment.finalize(environment.getattr(l_1_track, 'summary'))),
        )
        yield t_4(concat(t_11), '  Phase: ', '    ')
        yield '\n'
        if environment.getattr(l_1_track, 'round'):
            pass
            t_12 = []
            pass
            t_12.extend((
                str(environment.finalize(environment.getattr(environment.getattr(l_1_track, 'round'), 'title'))),
                ', ',
                str(environment.finalize(environment.getattr(environment.getattr(l_1_track, 'round'), 'dates'))),
            ))
            if environment.getattr(environment.getattr(l_1_track, 'round'), 'location'):
                pass
                t_12.extend((
                    ', ',
                    str(environment.finalize(environment.getattr(environment.getattr(l_1_track, 'round'), 'location'))),
                ))
            yield t_4(concat(t_12), str_join(('  ', ('Current round' if (environment.getattr(environment.getattr(l_1_track, 'round'), 'state') == 'current') else 'Last round'), ': ', )), '    ')
            yield '\n'
            if environment.getattr(environment.getattr(l_1_track, 'round'), 'outcome'):
                pass
                t_13 = []
                pass
                t_13.append(
                    str(environment.finalize(environment.getattr(environment.getattr(l_1_track, 'round'), 'outcome'))),
                )
                yield t_4(concat(t_13), '  Outcome: ', '    ')
                yield '\n'
        if environment.getattr(l_1_track, 'next_round'):
            pass
            t_14 = []
            pass
            t_14.extend((
                str(environment.finalize(environment.getattr(environment.getattr(l_1_track, 'next_round'), 'title'))),
                ', ',
                str(environment.finalize(environment.getattr(environment.getattr(environment.getattr(l_1_track, 'next_round'), 'date'), 'human'))),
                ' (in ',
                str(environment.finalize(environment.getattr(environment.getattr(l_1_track, 'next_round'), 'days'))),
                ' days)',
            ))
            yield t_4(concat(t_14), '  Next round: ', '    ')
            yield '\n'
        if environment.getattr(l_1_track, 'open_sticking_points'):
            pass
            yield '  Unresolved sticking points: '
            yield str(environment.finalize(environment.getattr(l_1_track, 'open_sticking_points')))
            yield '\n'
        t_9 = 0
    l_1_track = missing
    if t_9:
        pass
        yield '\nNo negotiation track had started by this date.\n'
    if environment.getattr((undefined(name='headline') if l_0_headline is missing else l_0_headline), 'other_tracks'):
        pass
        yield '\n'
        t_15 = []
        pass
        t_15.append(
            'Other tracks: ',
        )
        l_2_loop = missing
        for l_2_track, l_2_loop in LoopContext(environment.getattr((undefined(name='headline') if l_0_headline is missing else l_0_headline), 'other_tracks'), undefined):
            _loop_vars = {}
            pass
            t_15.extend((
                str(environment.finalize(environment.getattr(l_2_track, 'title'))),
                ' (',
                str(environment.finalize(environment.getattr(l_2_track, 'summary'))),
                ')',
            ))
            if (not environment.getattr(l_2_loop, 'last')):
                pass
                t_15.append(
                    '; ',
                )
            else:
                pass
                t_15.append(
                    '.',
                )
        l_2_loop = l_2_track = missing
        yield t_4(concat(t_15))
        yield '\n'
    if environment.getattr((undefined(name='headline') if l_0_headline is missing else l_0_headline), 'next'):
        pass
        yield '\n'
        t_16 = []
        pass
        t_16.extend((
            'Next known date: ',
            str(environment.finalize(environment.getattr(environment.getattr(environment.getattr((undefined(name='headline') if l_0_headline is missing else l_0_headline), 'next'), 'date'), 'human'))),
            ', ',
            str(environment.finalize(environment.getattr(environment.getattr((undefined(name='headline') if l_0_headline is missing else l_0_headline), 'next'), 'title'))),
            ' (',
            str(environment.finalize(environment.getattr(environment.getattr((undefined(name='headline') if l_0_headline is missing else l_0_headline), 'next'), 'in'))),
            ').',
        ))
        yield t_4(concat(t_16))
        yield '\n'
    yield '\nNEW IN THIS WINDOW\n'
    if environment.getattr((undefined(name='new') if l_0_new is missing else l_0_new), 'empty'):
        pass
        yield '\n'
        t_17 = []
        pass
        t_17.extend((
            'Nothing new in this window. ',
            str(environment.finalize(environment.getattr((undefined(name='new') if l_0_new is missing else l_0_new), 'empty_note'))),
        ))
        yield t_4(concat(t_17), '', '')
        yield '\n'
    if environment.getattr((undefined(name='new') if l_0_new is missing else l_0_new), 'events'):
        pass
        yield '\n'
        for l_1_event in environment.getattr((undefined(name='new') if l_0_new is missing else l_0_new), 'events'):
            _loop_vars = {}
            pass
            l_2_show_ids = resolve('show_ids')
            t_18 = []
            pass
            if environment.getattr(l_1_event, 'when'):
                pass
                t_18.extend((
                    str(environment.finalize(environment.getattr(l_1_event, 'when'))),
                    ': ',
                ))
            t_18.extend((
                str(environment.finalize(environment.getattr(l_1_event, 'label'))),
                ': ',
                str(environment.finalize(environment.getattr(l_1_event, 'title'))),
            ))
            if environment.getattr(l_1_event, 'subkind'):
                pass
                t_18.extend((
                    ' [',
                    str(environment.finalize(environment.getattr(l_1_event, 'subkind'))),
                    ']',
                ))
            if environment.getattr(l_1_event, 'uncertain'):
                pass
                t_18.append(
                    ' (low confidence)',
                )
            if (undefined(name='show_ids') if l_2_show_ids is missing else l_2_show_ids):
                pass
                t_18.extend((
                    ' [',
                    str(environment.finalize(environment.getattr(l_1_event, 'record'))),
                    ']',
                ))
            yield t_4(concat(t_18), '  - ', '    ')
            l_2_show_ids = missing
            yield '\n'
            for l_2_field in environment.getattr(l_1_event, 'fields'):
                _loop_vars = {}
                pass
                t_19 = []
                pass
                t_19.append(
                    str(environment.finalize(environment.getattr(l_2_field, 'summary'))),
                )
                yield t_4(concat(t_19), '      * ', '        ')
                yield '\n'
            l_2_field = missing
        l_1_event = missing
    if environment.getattr((undefined(name='new') if l_0_new is missing else l_0_new), 'sticking_points'):
        pass
        yield '\nSticking points that changed status:\n'
        for l_1_point in environment.getattr((undefined(name='new') if l_0_new is missing else l_0_new), 'sticking_points'):
            _loop_vars = {}
            pass
            t_20 = []
            pass
            t_20.extend((
                str(environment.finalize(environment.getattr(l_1_point, 'title'))),
                ' (',
                str(environment.finalize(environment.getattr(environment.getattr(l_1_point, 'track'), 'title'))),
                '): ',
                str(environment.finalize(environment.getattr(l_1_point, 'summary'))),
            ))
            yield t_4(concat(t_20), '  - ', '    ')
            yield '\n'
        l_1_point = missing
    if environment.getattr(environment.getattr((undefined(name='new') if l_0_new is missing else l_0_new), 'statements'), 'total'):
        pass
        yield '\n'
        t_21 = []
        pass
        t_21.extend((
            'Statements: ',
            str(environment.finalize(environment.getattr(environment.getattr((undefined(name='new') if l_0_new is missing else l_0_new), 'statements'), 'total'))),
            ' (',
        ))
        l_2_loop = missing
        for l_2_party, l_2_loop in LoopContext(environment.getattr(environment.getattr((undefined(name='new') if l_0_new is missing else l_0_new), 'statements'), 'by_party'), undefined):
            _loop_vars = {}
            pass
            t_21.extend((
                str(environment.finalize(environment.getattr(l_2_party, 'name'))),
                ' ',
                str(environment.finalize(environment.getattr(l_2_party, 'count'))),
            ))
            if (not environment.getattr(l_2_loop, 'last')):
                pass
                t_21.append(
                    ', ',
                )
        l_2_loop = l_2_party = missing
        t_21.append(
            ')',
        )
        if environment.getattr(environment.getattr((undefined(name='new') if l_0_new is missing else l_0_new), 'statements'), 'unverified'):
            pass
            t_21.extend((
                '; ',
                str(environment.finalize(environment.getattr(environment.getattr((undefined(name='new') if l_0_new is missing else l_0_new), 'statements'), 'unverified'))),
                ' with unverified wording',
            ))
        t_21.append(
            '.',
        )
        yield t_4(concat(t_21))
        yield '\n'
    if (undefined(name='quotes') if l_0_quotes is missing else l_0_quotes):
        pass
        yield '\nNOTABLE QUOTES\n'
        for l_1_quote in (undefined(name='quotes') if l_0_quotes is missing else l_0_quotes):
            l_1_show_ids = resolve('show_ids')
            _loop_vars = {}
            pass
            yield '\n'
            t_22 = []
            pass
            t_22.extend((
                str(environment.finalize(environment.getattr(l_1_quote, 'text'))),
                '"',
            ))
            if environment.getattr(l_1_quote, 'flags'):
                pass
                t_22.extend((
                    ' [',
                    str(environment.finalize(t_1(context.eval_ctx, environment.getattr(l_1_quote, 'flags'), '; '))),
                    ']',
                ))
            yield t_4(concat(t_22), str_join(('  ', environment.getattr(l_1_quote, 'rank'), '. "', )), '     ')
            yield '\n'
            t_23 = []
            pass
            t_23.append(
                str(environment.finalize(environment.getattr(l_1_quote, 'citation'))),
            )
            yield t_4(concat(t_23), '     - ', '       ')
            if (undefined(name='show_ids') if l_1_show_ids is missing else l_1_show_ids):
                pass
                yield '\n     ['
                yield str(environment.finalize(environment.getattr(l_1_quote, 'id')))
                yield ']\n'
        l_1_quote = l_1_show_ids = missing
    yield '\nTRENDS, LAST '
    yield str(environment.finalize(t_2(environment.getattr((undefined(name='trends') if l_0_trends is missing else l_0_trends), 'labels'))))
    yield ' WEEKS ('
    yield str(environment.finalize(environment.getitem(environment.getattr((undefined(name='trends') if l_0_trends is missing else l_0_trends), 'labels'), 0)))
    yield ' to '
    yield str(environment.finalize(environment.getitem(environment.getattr((undefined(name='trends') if l_0_trends is missing else l_0_trends), 'labels'), -1)))
    yield ')\n\n'
    for l_1_series in environment.getattr((undefined(name='trends') if l_0_trends is missing else l_0_trends), 'series'):
        _loop_vars = {}
        pass
        yield '  '
        yield str(environment.finalize(t_3(environment.getattr(l_1_series, 'name'), 22)))
        yield ' '
        yield str(environment.finalize(environment.getattr(l_1_series, 'sparkline')))
        yield '  latest week: '
        yield str(environment.finalize(environment.getattr(l_1_series, 'latest_text')))
        yield '\n'
    l_1_series = missing
    yield '\nUPCOMING\n\n'
    t_24 = 1
    for l_1_item in (undefined(name='upcoming') if l_0_upcoming is missing else l_0_upcoming):
        _loop_vars = {}
        pass
        t_25 = []
        pass
        t_25.extend((
            str(environment.finalize(environment.getattr(environment.getattr(l_1_item, 'date'), 'human'))),
            ': ',
            str(environment.finalize(environment.getattr(l_1_item, 'title'))),
            ' [',
            str(environment.finalize(environment.getattr(l_1_item, 'kind'))),
            '], ',
            str(environment.finalize(environment.getattr(l_1_item, 'in'))),
        ))
        yield t_4(concat(t_25), '  - ', '    ')
        yield '\n'
        t_24 = 0
    l_1_item = missing
    if t_24:
        pass
        yield 'No dated event announced ahead.\n'
    yield '\n------------------------------------------------------------------------\n'
    l_1_footer = resolve('footer')
    t_26 = []
    pass
    t_26.append(
        str(environment.finalize(environment.getattr((undefined(name='footer') if l_1_footer is missing else l_1_footer), 'line'))),
    )
    yield t_4(concat(t_26))
    l_1_footer = missing
    yield '\n'

blocks = {}
debug_info = '7=46&10=55&12=60&13=66&16=70&19=73&20=79&26=88&28=95&30=102&32=106&33=111&35=123&36=128&40=132&41=137&44=146&45=149&51=156&53=165&56=187&58=194&63=204&65=211&68=215&70=218&71=224&73=257&74=263&79=269&82=272&83=278&87=287&89=294&92=327&95=330&97=338&99=353&100=356&102=359&107=363&109=369&110=373&115=382&116=388&123=408'
