"""Safe edits of data files: the canonical form (``fmt``), new records
(``add``) and changed fields (``set``).

Files are read with the loader's own composer, so a file means the same to
the editor as to ``validate``.  ``fmt`` rewrites a whole file from a tree that
keeps every comment; ``add`` and ``set`` splice a few lines into the text and
leave every other byte alone.  Nothing here prints or prompts: the CLI does.
"""
