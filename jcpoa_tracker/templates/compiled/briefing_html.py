"""briefing.html.j2 compiled by Jinja2 3.1.6: made by
`python -m jcpoa_tracker.render.templates`, never edited."""

MADE_FROM = '3208b62eea32e256e0d74566d9d987d1936c93610fcf313595a4d2b778971af5'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'briefing.html.j2'

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
        t_3 = environment.filters['safe']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'safe' found.")
    pass
    yield '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>'
    yield escape(environment.finalize((undefined(name='title') if l_0_title is missing else l_0_title)))
    yield "</title>\n<style>\nbody { font-family: Georgia, 'Times New Roman', serif; color: #222222; max-width: 720px; margin: 0 auto; padding: 16px; line-height: 1.45; }\nh1 { font-size: 24px; margin: 0 0 4px 0; }\nh2 { font-size: 18px; border-bottom: 1px solid #cccccc; padding-bottom: 2px; margin-top: 28px; }\nh3 { font-size: 16px; margin-bottom: 4px; }\n.meta, .footer { color: #555555; font-size: 13px; }\n.alert { padding: 6px 10px; margin: 6px 0; border-left: 4px solid #d55e00; background: #fff4ec; }\n.alert.notice { border-left-color: #0072b2; background: #eef6fb; }\nblockquote { margin: 12px 0 4px 0; padding-left: 12px; border-left: 3px solid #cccccc; font-style: italic; }\n.cite { font-size: 13px; margin: 0 0 12px 12px; }\n.flag { color: #b00020; font-weight: bold; }\nsvg { max-width: 100%; height: auto; }\ncode, .spark { font-family: 'DejaVu Sans Mono', Menlo, Consolas, monospace; font-size: 13px; }\n</style>\n</head>\n<body>\n<h1>"
    yield escape(environment.finalize((undefined(name='title') if l_0_title is missing else l_0_title)))
    yield '</h1>\n<p class="meta">Window: '
    yield escape(environment.finalize(environment.getattr((undefined(name='window') if l_0_window is missing else l_0_window), 'description')))
    yield '.</p>\n'
    if environment.getattr((undefined(name='window') if l_0_window is missing else l_0_window), 'note'):
        pass
        yield '<p class="meta">Note: '
        yield escape(environment.finalize(environment.getattr((undefined(name='window') if l_0_window is missing else l_0_window), 'note')))
        yield '</p>\n'
    if (undefined(name='alerts') if l_0_alerts is missing else l_0_alerts):
        pass
        yield '<h2>Alerts</h2>\n'
        for l_1_alert in (undefined(name='alerts') if l_0_alerts is missing else l_0_alerts):
            _loop_vars = {}
            pass
            yield '<p class="alert '
            yield escape(environment.finalize(environment.getattr(l_1_alert, 'severity')))
            yield '"><strong>'
            yield escape(environment.finalize(environment.getattr(l_1_alert, 'severity')))
            yield ':</strong> '
            yield escape(environment.finalize(environment.getattr(l_1_alert, 'message')))
            yield '</p>\n'
        l_1_alert = missing
    yield '<h2>Where things stand</h2>\n'
    t_4 = 1
    for l_1_track in environment.getattr((undefined(name='headline') if l_0_headline is missing else l_0_headline), 'tracks'):
        _loop_vars = {}
        pass
        yield '<h3>'
        yield escape(environment.finalize(environment.getattr(l_1_track, 'title')))
        yield '</h3>\n<ul>\n<li>Phase: '
        yield escape(environment.finalize(environment.getattr(l_1_track, 'summary')))
        yield '</li>\n'
        if environment.getattr(l_1_track, 'round'):
            pass
            yield '<li>'
            yield escape(environment.finalize(('Current round' if (environment.getattr(environment.getattr(l_1_track, 'round'), 'state') == 'current') else 'Last round')))
            yield ': '
            yield escape(environment.finalize(environment.getattr(environment.getattr(l_1_track, 'round'), 'title')))
            yield ', '
            yield escape(environment.finalize(environment.getattr(environment.getattr(l_1_track, 'round'), 'dates')))
            if environment.getattr(environment.getattr(l_1_track, 'round'), 'location'):
                pass
                yield ', '
                yield escape(environment.finalize(environment.getattr(environment.getattr(l_1_track, 'round'), 'location')))
            yield '</li>\n'
            if environment.getattr(environment.getattr(l_1_track, 'round'), 'outcome'):
                pass
                yield '<li>Outcome: '
                yield escape(environment.finalize(environment.getattr(environment.getattr(l_1_track, 'round'), 'outcome')))
                yield '</li>\n'
        if environment.getattr(l_1_track, 'next_round'):
            pass
            yield '<li>Next round: '
            yield escape(environment.finalize(environment.getattr(environment.getattr(l_1_track, 'next_round'), 'title')))
            yield ', '
            yield escape(environment.finalize(environment.getattr(environment.getattr(environment.getattr(l_1_track, 'next_round'), 'date'), 'human')))
            yield ' (in '
            yield escape(environment.finalize(environment.getattr(environment.getattr(l_1_track, 'next_round'), 'days')))
            yield ' days)</li>\n'
        if environment.getattr(l_1_track, 'open_sticking_points'):
            pass
            yield '<li>Unresolved sticking points: '
            yield escape(environment.finalize(environment.getattr(l_1_track, 'open_sticking_points')))
            yield '</li>\n'
        yield '</ul>\n'
        t_4 = 0
    l_1_track = missing
    if t_4:
        pass
        yield '<p>No negotiation track had started by this date.</p>\n'
    if environment.getattr((undefined(name='headline') if l_0_headline is missing else l_0_headline), 'other_tracks'):
        pass
        yield '<p>Other tracks: '
        l_1_loop = missing
        for l_1_track, l_1_loop in LoopContext(environment.getattr((undefined(name='headline') if l_0_headline is missing else l_0_headline), 'other_tracks'), undefined):
            _loop_vars = {}
            pass
            yield escape(environment.finalize(environment.getattr(l_1_track, 'title')))
            yield ' ('
            yield escape(environment.finalize(environment.getattr(l_1_track, 'summary')))
            yield ')'
            if (not environment.getattr(l_1_loop, 'last')):
                pass
                yield '; '
            else:
                pass
                yield '.'
        l_1_loop = l_1_track = missing
        yield '</p>\n'
    if environment.getattr((undefined(name='headline') if l_0_headline is missing else l_0_headline), 'next'):
        pass
        yield '<p><strong>Next known date:</strong> '
        yield escape(environment.finalize(environment.getattr(environment.getattr(environment.getattr((undefined(name='headline') if l_0_headline is missing else l_0_headline), 'next'), 'date'), 'human')))
        yield ', '
        yield escape(environment.finalize(environment.getattr(environment.getattr((undefined(name='headline') if l_0_headline is missing else l_0_headline), 'next'), 'title')))
        yield ' ('
        yield escape(environment.finalize(environment.getattr(environment.getattr((undefined(name='headline') if l_0_headline is missing else l_0_headline), 'next'), 'in')))
        yield ').</p>\n'
    yield '<h2>New in this window</h2>\n'
    if environment.getattr((undefined(name='new') if l_0_new is missing else l_0_new), 'empty'):
        pass
        yield '<p>Nothing new in this window. '
        yield escape(environment.finalize(environment.getattr((undefined(name='new') if l_0_new is missing else l_0_new), 'empty_note')))
        yield '</p>\n'
    if environment.getattr((undefined(name='new') if l_0_new is missing else l_0_new), 'events'):
        pass
        yield '<ul>\n'
        for l_1_event in environment.getattr((undefined(name='new') if l_0_new is missing else l_0_new), 'events'):
            l_1_show_ids = resolve('show_ids')
            _loop_vars = {}
            pass
            yield '<li>'
            if environment.getattr(l_1_event, 'when'):
                pass
                yield escape(environment.finalize(environment.getattr(l_1_event, 'when')))
                yield ': '
            yield escape(environment.finalize(environment.getattr(l_1_event, 'label')))
            yield ': '
            yield escape(environment.finalize(environment.getattr(l_1_event, 'title')))
            if environment.getattr(l_1_event, 'subkind'):
                pass
                yield ' ['
                yield escape(environment.finalize(environment.getattr(l_1_event, 'subkind')))
                yield ']'
            if environment.getattr(l_1_event, 'uncertain'):
                pass
                yield ' <span class="flag">(low confidence)</span>'
            if (undefined(name='show_ids') if l_1_show_ids is missing else l_1_show_ids):
                pass
                yield ' <code>'
                yield escape(environment.finalize(environment.getattr(l_1_event, 'record')))
                yield '</code>'
            yield '\n'
            if environment.getattr(l_1_event, 'fields'):
                pass
                yield '<ul>\n'
                for l_2_field in environment.getattr(l_1_event, 'fields'):
                    _loop_vars = {}
                    pass
                    yield '<li>'
                    yield escape(environment.finalize(environment.getattr(l_2_field, 'summary')))
                    yield '</li>\n'
                l_2_field = missing
                yield '</ul>\n'
            yield '</li>\n'
        l_1_event = l_1_show_ids = missing
        yield '</ul>\n'
    if environment.getattr((undefined(name='new') if l_0_new is missing else l_0_new), 'sticking_points'):
        pass
        yield '<p>Sticking points that changed status:</p>\n<ul>\n'
        for l_1_point in environment.getattr((undefined(name='new') if l_0_new is missing else l_0_new), 'sticking_points'):
            _loop_vars = {}
            pass
            yield '<li>'
            yield escape(environment.finalize(environment.getattr(l_1_point, 'title')))
            yield ' ('
            yield escape(environment.finalize(environment.getattr(environment.getattr(l_1_point, 'track'), 'title')))
            yield '): '
            yield escape(environment.finalize(environment.getattr(l_1_point, 'summary')))
            yield '</li>\n'
        l_1_point = missing
        yield '</ul>\n'
    if environment.getattr(environment.getattr((undefined(name='new') if l_0_new is missing else l_0_new), 'statements'), 'total'):
        pass
        yield '<p>Statements: '
        yield escape(environment.finalize(environment.getattr(environment.getattr((undefined(name='new') if l_0_new is missing else l_0_new), 'statements'), 'total')))
        yield ' ('
        l_1_loop = missing
        for l_1_party, l_1_loop in LoopContext(environment.getattr(environment.getattr((undefined(name='new') if l_0_new is missing else l_0_new), 'statements'), 'by_party'), undefined):
            _loop_vars = {}
            pass
            yield escape(environment.finalize(environment.getattr(l_1_party, 'name')))
            yield ' '
            yield escape(environment.finalize(environment.getattr(l_1_party, 'count')))
            if (not environment.getattr(l_1_loop, 'last')):
                pass
                yield ', '
        l_1_loop = l_1_party = missing
        yield ')'
        if environment.getattr(environment.getattr((undefined(name='new') if l_0_new is missing else l_0_new), 'statements'), 'unverified'):
            pass
            yield '; '
            yield escape(environment.finalize(environment.getattr(environment.getattr((undefined(name='new') if l_0_new is missing else l_0_new), 'statements'), 'unverified')))
            yield ' with unverified wording'
        yield '.</p>\n'
    if (undefined(name='quotes') if l_0_quotes is missing else l_0_quotes):
        pass
        yield '<h2>Notable quotes</h2>\n'
        for l_1_quote in (undefined(name='quotes') if l_0_quotes is missing else l_0_quotes):
            l_1_show_ids = resolve('show_ids')
            _loop_vars = {}
            pass
            yield '<blockquote>'
            yield escape(environment.finalize(environment.getattr(l_1_quote, 'text')))
            yield '</blockquote>\n<p class="cite">— '
            yield escape(environment.finalize(environment.getattr(l_1_quote, 'attribution')))
            yield '.'
            if environment.getattr(l_1_quote, 'source'):
                pass
                yield ' '
                if environment.getattr(environment.getattr(l_1_quote, 'source'), 'link'):
                    pass
                    yield '<a href="'
                    yield escape(environment.finalize(environment.getattr(environment.getattr(l_1_quote, 'source'), 'link')))
                    yield '">'
                    yield escape(environment.finalize(environment.getattr(environment.getattr(l_1_quote, 'source'), 'name')))
                    yield '</a>'
                else:
                    pass
                    yield escape(environment.finalize(environment.getattr(environment.getattr(l_1_quote, 'source'), 'name')))
                yield '.'
            if environment.getattr(l_1_quote, 'flags'):
                pass
                yield ' <span class="flag">'
                yield escape(environment.finalize(t_1(context.eval_ctx, environment.getattr(l_1_quote, 'flags'), '; ')))
                yield '</span>'
            if (undefined(name='show_ids') if l_1_show_ids is missing else l_1_show_ids):
                pass
                yield ' <code>'
                yield escape(environment.finalize(environment.getattr(l_1_quote, 'id')))
                yield '</code>'
            yield '</p>\n'
        l_1_quote = l_1_show_ids = missing
    yield '<h2>Trends, last '
    yield escape(environment.finalize(t_2(environment.getattr((undefined(name='trends') if l_0_trends is missing else l_0_trends), 'labels'))))
    yield ' weeks</h2>\n<table cellpadding="4" cellspacing="0" border="1" style="border-collapse: collapse; border-color: #cccccc;">\n<tr><th align="left">series</th><th align="left">trend</th><th align="right">latest week</th></tr>\n'
    for l_1_series in environment.getattr((undefined(name='trends') if l_0_trends is missing else l_0_trends), 'series'):
        _loop_vars = {}
        pass
        yield '<tr><td>'
        yield escape(environment.finalize(environment.getattr(l_1_series, 'name')))
        yield '</td><td class="spark">'
        yield escape(environment.finalize(t_3(environment.getattr(l_1_series, 'sparkline_svg'))))
        yield '</td><td align="right">'
        yield escape(environment.finalize(environment.getattr(l_1_series, 'latest_text')))
        yield '</td></tr>\n'
    l_1_series = missing
    yield '</table>\n<div style="margin-top: 12px;">\n'
    yield escape(environment.finalize(t_3(environment.getattr((undefined(name='trends') if l_0_trends is missing else l_0_trends), 'chart_svg'))))
    yield '\n</div>\n<h2>Upcoming</h2>\n'
    if (undefined(name='upcoming') if l_0_upcoming is missing else l_0_upcoming):
        pass
        yield '<table cellpadding="4" cellspacing="0" border="1" style="border-collapse: collapse; border-color: #cccccc;">\n<tr><th align="left">date</th><th align="left">what</th><th align="left">kind</th><th align="right">days</th></tr>\n'
        for l_1_item in (undefined(name='upcoming') if l_0_upcoming is missing else l_0_upcoming):
            _loop_vars = {}
            pass
            yield '<tr><td>'
            yield escape(environment.finalize(environment.getattr(environment.getattr(l_1_item, 'date'), 'human')))
            yield '</td><td>'
            yield escape(environment.finalize(environment.getattr(l_1_item, 'title')))
            yield '</td><td>'
            yield escape(environment.finalize(environment.getattr(l_1_item, 'kind')))
            yield '</td><td align="right">'
            yield escape(environment.finalize(environment.getattr(l_1_item, 'days')))
            yield '</td></tr>\n'
        l_1_item = missing
        yield '</table>\n'
    else:
        pass
        yield '<p>No dated event announced ahead.</p>\n'
    yield '<hr>\n<p class="footer">'
    yield escape(environment.finalize(environment.getattr((undefined(name='footer') if l_0_footer is missing else l_0_footer), 'line')))
    yield '</p>\n</body>\n</html>\n'

blocks = {}
debug_info = '10=39&27=41&28=43&29=45&30=48&32=50&34=53&35=57&39=66&40=70&42=72&43=74&44=77&45=87&46=90&49=92&50=95&52=101&53=104&59=112&60=116&62=131&63=134&66=141&67=144&69=146&71=149&72=154&74=175&76=178&77=182&85=189&88=192&89=196&93=204&94=207&96=227&98=230&99=235&100=237&103=266&106=268&107=272&111=280&114=282&117=285&118=289&125=303'
