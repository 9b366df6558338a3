"""Reporting rounds: a beheerder asks the owners of a plan's open actions for their stand van zaken by
a deadline, the owners submit, the beheerder accepts or sends back; reminders by mail.

A Django app of its own (label ``reporting``) nested in the plan's package: it reads the plan, the plan
does not know it (the plan's year screen asks for a round's update through the ``actionplan_year_round``
hook, registered in this app's ``wagtail_hooks``).
"""
