#!/bin/sh
# Regenerate the sample briefings in this folder from the bundled data, at a
# fixed as-of date: the last 30 days before 20 August 2022, when the EU's
# "final text" was on the table.  tests/test_briefing.py runs these same
# lines and fails when a sample is out of date (the footer, whose data
# commit and hash change with every data commit, is not compared).
#
# Run from anywhere: sh docs/examples/briefing/regenerate.sh
set -eu
cd "$(dirname "$0")/../../.."
# Written as on that day: the samples then never depend on the day they are
# regenerated (the data's age is counted from this "today").
export JCPOA_TRACKER_TODAY=2022-08-20

jcpoa-tracker briefing --data-dir rounds --as-of 2022-08-20 --since 30d -o docs/examples/briefing/briefing.md
jcpoa-tracker briefing --data-dir rounds --as-of 2022-08-20 --since 30d -o docs/examples/briefing/briefing.html
jcpoa-tracker briefing --data-dir rounds --as-of 2022-08-20 --since 30d -o docs/examples/briefing/briefing.txt
jcpoa-tracker briefing --data-dir rounds --as-of 2022-08-20 --since 30d -o docs/examples/briefing/briefing.json
