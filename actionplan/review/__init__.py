"""The Regionale Tafel: the board's review of a plan's progress (what changed since its last meeting),
its meetings and its advice and decisions per opgave, with exports and a meeting PDF.

A Django app of its own (label ``review``) nested in the plan's package: it reads the plan and the
reporting rounds; neither knows it.
"""
