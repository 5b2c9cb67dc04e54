import { SCHEMA_FILE } from '../written/schema.js';

/** `slacheck init` (the default preset): one calendar, two clocks, one policy for every ticket. */
export const minimal = `# yaml-language-server: $schema=./${SCHEMA_FILE}
#
# A minimal SLA written by "slacheck init". Edit it to match your agreement,
# then run "slacheck validate sla.yaml" and compare its summary with the paper.
# Reference: the section "The SLA file" in slacheck's README.

sla: 1                                # format version of this file
name: Support agreement               # shown in reports
timezone: Europe/London               # default for the calendars and for export times without an offset

# When the clocks run: weekly local ranges "HH:MM-HH:MM" (keys mon..sun,
# mon-fri, weekdays, weekend), or 24x7 for always open.
calendars:
  office:
    hours:
      weekdays: ["09:00-17:00"]
    # holidays:
    #   country: GB                   # public holidays of a country (and region: ENG)
    #   dates: [2026-12-31]           # extra closed dates

# The clocks: start field, stop field(s) (the earliest present one stops it),
# and the statuses that pause it.
metrics:
  response:
    start: created
    stop: [first_response, resolved]
  resolution:
    start: created
    stop: resolved
    # pause_when_status: ["Waiting for customer"]

# The first policy whose "when" matches a ticket gives its targets; no "when"
# matches every ticket. Durations: 45m, 4h, 1h30m or 3bd (business days).
policies:
  - name: Standard
    calendar: office
    targets: { response: 4h, resolution: 3bd }

# Attainment goals: the share of records that must meet their target.
goals:
  response: 95%
  resolution: 90%
`;
