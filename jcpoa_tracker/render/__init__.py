"""Renderers: plain data in, text or Rich renderables out.  Nothing here reads
data files or decides what to show; they only decide how."""
