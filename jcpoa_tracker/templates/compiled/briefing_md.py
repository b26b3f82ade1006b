"""briefing.md.j2 compiled by Jinja2 3.1.6: made by
`python -m jcpoa_tracker.render.templates`, never edited."""

MADE_FROM = '71ad7b649c78069518c9a7ec2933c91d2ee55f5b93f1e54a675cfb6354fd3f19'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'briefing.md.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_title = resolve('title')
    l_0_window = resolve('window')
    l_0_alerts = resolve('alerts')
    l_0_headline = resolve('headline')
    l_0_new = resolve('new')
    l_0_quotes = resolve('quotes')
    l_0_trends = resolve('trends')
    l_0_upcoming = resolve('upcoming')
    l_0_footer = resolve('footer')
    try:
        t_1 = environment.filters['code']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'code' found.")
    try:
        t_2 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_3 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_4 = environment.filters['md_link']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'md_link' found.")
    pass
    yield '# '
    yield str(environment.finalize((undefined(name='title') if l_0_title is missing else l_0_title)))
    yield '\n\n*Window: '
    yield str(environment.finalize(environment.getattr((undefined(name='window') if l_0_window is missing else l_0_window), 'description')))
    yield '.*\n'
    if environment.getattr((undefined(name='window') if l_0_window is missing else l_0_window), 'note'):
        pass
        yield '*Note: '
        yield str(environment.finalize(environment.getattr((undefined(name='window') if l_0_window is missing else l_0_window), 'note')))
        yield '*\n'
    if (undefined(name='alerts') if l_0_alerts is missing else l_0_alerts):
        pass
        yield '\n## Alerts\n\n'
        for l_1_alert in (undefined(name='alerts') if l_0_alerts is missing else l_0_alerts):
            _loop_vars = {}
            pass
            yield '- **'
            yield str(environment.finalize(environment.getattr(l_1_alert, 'severity')))
            yield '**: '
            yield str(environment.finalize(environment.getattr(l_1_alert, 'message')))
            yield '\n'
        l_1_alert = missing
    yield '\n## Where things stand\n\n'
    t_5 = 1
    for l_1_track in environment.getattr((undefined(name='headline') if l_0_headline is missing else l_0_headline), 'tracks'):
        _loop_vars = {}
        pass
        yield '### '
        yield str(environment.finalize(environment.getattr(l_1_track, 'title')))
        yield '\n\n- Phase: '
        yield str(environment.finalize(environment.getattr(l_1_track, 'summary')))
        yield '\n'
        if environment.getattr(l_1_track, 'round'):
            pass
            yield '- '
            yield str(environment.finalize(('Current round' if (environment.getattr(environment.getattr(l_1_track, 'round'), 'state') == 'current') else 'Last round')))
            yield ': '
            yield str(environment.finalize(environment.getattr(environment.getattr(l_1_track, 'round'), 'title')))
            yield ', '
            yield str(environment.finalize(environment.getattr(environment.getattr(l_1_track, 'round'), 'dates')))
            if environment.getattr(environment.getattr(l_1_track, 'round'), 'location'):
                pass
                yield ', '
                yield str(environment.finalize(environment.getattr(environment.getattr(l_1_track, 'round'), 'location')))
            yield '\n'
            if environment.getattr(environment.getattr(l_1_track, 'round'), 'outcome'):
                pass
                yield '- Outcome: '
                yield str(environment.finalize(environment.getattr(environment.getattr(l_1_track, 'round'), 'outcome')))
                yield '\n'
        if environment.getattr(l_1_track, 'next_round'):
            pass
            yield '- Next round: '
            yield str(environment.finalize(environment.getattr(environment.getattr(l_1_track, 'next_round'), 'title')))
            yield ', '
            yield str(environment.finalize(environment.getattr(environment.getattr(environment.getattr(l_1_track, 'next_round'), 'date'), 'human')))
            yield ' (in '
            yield str(environment.finalize(environment.getattr(environment.getattr(l_1_track, 'next_round'), 'days')))
            yield ' days)\n'
        if environment.getattr(l_1_track, 'open_sticking_points'):
            pass
            yield '- Unresolved sticking points: '
            yield str(environment.finalize(environment.getattr(l_1_track, 'open_sticking_points')))
            yield '\n'
        yield '\n'
        t_5 = 0
    l_1_track = missing
    if t_5:
        pass
        yield 'No negotiation track had started by this date.\n\n'
    if environment.getattr((undefined(name='headline') if l_0_headline is missing else l_0_headline), 'other_tracks'):
        pass
        yield 'Other tracks: '
        l_1_loop = missing
        for l_1_track, l_1_loop in LoopContext(environment.getattr((undefined(name='headline') if l_0_headline is missing else l_0_headline), 'other_tracks'), undefined):
            _loop_vars = {}
            pass
            yield str(environment.finalize(environment.getattr(l_1_track, 'title')))
            yield ' ('
            yield str(environment.finalize(environment.getattr(l_1_track, 'summary')))
            yield ')'
            if (not environment.getattr(l_1_loop, 'last')):
                pass
                yield '; '
            else:
                pass
                yield '.'
        l_1_loop = l_1_track = missing
        yield '\n\n'
    if environment.getattr((undefined(name='headline') if l_0_headline is missing else l_0_headline), 'next'):
        pass
        yield 'Next known date: '
        yield str(environment.finalize(environment.getattr(environment.getattr(environment.getattr((undefined(name='headline') if l_0_headline is missing else l_0_headline), 'next'), 'date'), 'human')))
        yield ', '
        yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='headline') if l_0_headline is missing else l_0_headline), 'next'), 'title')))
        yield ' ('
        yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='headline') if l_0_headline is missing else l_0_headline), 'next'), 'in')))
        yield ').\n\n'
    yield '## New in this window\n\n'
    if environment.getattr((undefined(name='new') if l_0_new is missing else l_0_new), 'empty'):
        pass
        yield 'Nothing new in this window. '
        yield str(environment.finalize(environment.getattr((undefined(name='new') if l_0_new is missing else l_0_new), 'empty_note')))
        yield '\n\n'
    for l_1_event in environment.getattr((undefined(name='new') if l_0_new is missing else l_0_new), 'events'):
        l_1_show_ids = resolve('show_ids')
        _loop_vars = {}
        pass
        yield '- '
        if environment.getattr(l_1_event, 'when'):
            pass
            yield str(environment.finalize(environment.getattr(l_1_event, 'when')))
            yield ': '
        yield str(environment.finalize(environment.getattr(l_1_event, 'label')))
        yield ': '
        yield str(environment.finalize(environment.getattr(l_1_event, 'title')))
        if environment.getattr(l_1_event, 'subkind'):
            pass
            yield ' ['
            yield str(environment.finalize(environment.getattr(l_1_event, 'subkind')))
            yield ']'
        if environment.getattr(l_1_event, 'uncertain'):
            pass
            yield ' (low confidence)'
        if (undefined(name='show_ids') if l_1_show_ids is missing else l_1_show_ids):
            pass
            yield ' '
            yield str(environment.finalize(t_1(environment.getattr(l_1_event, 'record'))))
        yield '\n'
        for l_2_field in environment.getattr(l_1_event, 'fields'):
            _loop_vars = {}
            pass
            yield '  - '
            yield str(environment.finalize(environment.getattr(l_2_field, 'summary')))
            yield '\n'
        l_2_field = missing
    l_1_event = l_1_show_ids = missing
    if environment.getattr((undefined(name='new') if l_0_new is missing else l_0_new), 'events'):
        pass
        yield '\n'
    if environment.getattr((undefined(name='new') if l_0_new is missing else l_0_new), 'sticking_points'):
        pass
        yield 'Sticking points that changed status:\n\n'
        for l_1_point in environment.getattr((undefined(name='new') if l_0_new is missing else l_0_new), 'sticking_points'):
            _loop_vars = {}
            pass
            yield '- '
            yield str(environment.finalize(environment.getattr(l_1_point, 'title')))
            yield ' ('
            yield str(environment.finalize(environment.getattr(environment.getattr(l_1_point, 'track'), 'title')))
            yield '): '
            yield str(environment.finalize(environment.getattr(l_1_point, 'summary')))
            yield '\n'
        l_1_point = missing
        yield '\n'
    if environment.getattr(environment.getattr((undefined(name='new') if l_0_new is missing else l_0_new), 'statements'), 'total'):
        pass
        yield 'Statements: '
        yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='new') if l_0_new is missing else l_0_new), 'statements'), 'total')))
        yield ' ('
        l_1_loop = missing
        for l_1_party, l_1_loop in LoopContext(environment.getattr(environment.getattr((undefined(name='new') if l_0_new is missing else l_0_new), 'statements'), 'by_party'), undefined):
            _loop_vars = {}
            pass
            yield str(environment.finalize(environment.getattr(l_1_party, 'name')))
            yield ' '
            yield str(environment.finalize(environment.getattr(l_1_party, 'count')))
            if (not environment.getattr(l_1_loop, 'last')):
                pass
                yield ', '
        l_1_loop = l_1_party = missing
        yield ')'
        if environment.getattr(environment.getattr((undefined(name='new') if l_0_new is missing else l_0_new), 'statements'), 'unverified'):
            pass
            yield '; '
            yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='new') if l_0_new is missing else l_0_new), 'statements'), 'unverified')))
            yield ' with unverified wording'
        yield '.\n\n'
    if (undefined(name='quotes') if l_0_quotes is missing else l_0_quotes):
        pass
        yield '## Notable quotes\n\n'
        for l_1_quote in (undefined(name='quotes') if l_0_quotes is missing else l_0_quotes):
            l_1_show_ids = resolve('show_ids')
            _loop_vars = {}
            pass
            yield '> '
            yield str(environment.finalize(environment.getattr(l_1_quote, 'text')))
            yield '\n\n— '
            yield str(environment.finalize(environment.getattr(l_1_quote, 'attribution')))
            yield '.'
            if environment.getattr(l_1_quote, 'source'):
                pass
                yield ' '
                yield str(environment.finalize(t_4(environment.getattr(environment.getattr(l_1_quote, 'source'), 'name'), environment.getattr(environment.getattr(l_1_quote, 'source'), 'link'))))
                yield '.'
            if environment.getattr(l_1_quote, 'flags'):
                pass
                yield ' **'
                yield str(environment.finalize(t_2(context.eval_ctx, environment.getattr(l_1_quote, 'flags'), '; ')))
                yield '**'
            if (undefined(name='show_ids') if l_1_show_ids is missing else l_1_show_ids):
                pass
                yield ' '
                yield str(environment.finalize(t_1(environment.getattr(l_1_quote, 'id'))))
            yield '\n\n'
        l_1_quote = l_1_show_ids = missing
    yield '## Trends, last '
    yield str(environment.finalize(t_3(environment.getattr((undefined(name='trends') if l_0_trends is missing else l_0_trends), 'labels'))))
    yield ' weeks\n\n| series | trend | latest week |\n| --- | --- | --- |\n'
    for l_1_series in environment.getattr((undefined(name='trends') if l_0_trends is missing else l_0_trends), 'series'):
        _loop_vars = {}
        pass
        yield '| '
        yield str(environment.finalize(environment.getattr(l_1_series, 'name')))
        yield ' | '
        yield str(environment.finalize(t_1(environment.getattr(l_1_series, 'sparkline'))))
        yield ' | '
        yield str(environment.finalize(environment.getattr(l_1_series, 'latest_text')))
        yield ' |\n'
    l_1_series = missing
    yield '\n## Upcoming\n\n'
    t_6 = 1
    for l_1_item in (undefined(name='upcoming') if l_0_upcoming is missing else l_0_upcoming):
        _loop_vars = {}
        pass
        yield '- '
        yield str(environment.finalize(environment.getattr(environment.getattr(l_1_item, 'date'), 'human')))
        yield ': '
        yield str(environment.finalize(environment.getattr(l_1_item, 'title')))
        yield ' ['
        yield str(environment.finalize(environment.getattr(l_1_item, 'kind')))
        yield '], '
        yield str(environment.finalize(environment.getattr(l_1_item, 'in')))
        yield '\n'
        t_6 = 0
    l_1_item = missing
    if t_6:
        pass
        yield 'No dated event announced ahead.\n'
    yield '\n---\n\n'
    yield str(environment.finalize(environment.getattr((undefined(name='footer') if l_0_footer is missing else l_0_footer), 'line')))
    yield '\n'

blocks = {}
debug_info = '4=45&6=47&7=49&8=52&10=54&14=57&15=61&21=68&22=72&24=74&25=76&26=79&28=89&29=92&32=94&33=97&35=103&36=106&43=114&44=118&48=133&49=136&54=143&55=146&58=148&59=153&61=173&62=177&65=181&68=184&71=187&72=191&76=199&77=202&80=222&83=225&84=230&86=232&91=251&95=253&96=257&101=266&102=270&109=284'
