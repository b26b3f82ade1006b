"""Report engines: a dataset and an as-of date in, plain data out.

Nothing here prints, reads files or looks at the clock; renderers in
``jcpoa_tracker.render`` turn these objects into text, Markdown or JSON.
"""
