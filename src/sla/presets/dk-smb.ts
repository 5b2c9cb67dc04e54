import { SCHEMA_FILE } from '../written/schema.js';

/**
 * `slacheck init --preset dk-smb`: a Danish SME's support agreement.
 * P1 "produktion nede" on 24x7 on-call, 30 minutes to respond and 4 hours to
 * resolve; P2-P4 on office hours Mon-Fri 08:00-16:00 Europe/Copenhagen, closed
 * on Danish public holidays and Juleaftensdag; the resolution clock pauses
 * while the ticket waits for the customer or a third party. P1
 * escalation within 30 minutes (to the on-call group "Vagt", or work started),
 * a status update at least every hour, a workaround target for P1 and P2, and
 * new P2 targets from 2026-07-01.
 */
export const dkSmb = `# yaml-language-server: $schema=./${SCHEMA_FILE}
#
# SLA for a Danish small or medium business (SMV): a starter written by
# "slacheck init --preset dk-smb". Edit it to match the signed agreement, then
# run "slacheck validate sla.yaml" and compare its summary with the paper.
# Reference: the section "The SLA file" in slacheck's README.

sla: 1                                # format version of this file
name: Supportaftale – SMV             # shown in reports
timezone: Europe/Copenhagen           # default for the calendars and for export times without an offset

# When the clocks run. Weekly hours are local wall-clock ranges "HH:MM-HH:MM";
# day keys: mon..sun, ranges such as mon-fri, weekdays, weekend.
calendars:
  office:                             # kontortid
    hours:
      mon-fri: ["08:00-16:00"]
    holidays:
      country: DK                     # Danish public holidays (helligdage)
      include: [Juleaftensdag]        # an observance, not a public holiday: closed by agreement
      # include: [Juleaftensdag, Grundlovsdag]
      # dates: [2026-12-31]           # extra closed dates
    # overrides:                      # a date with its own hours ([] closes it)
    #   2026-12-23: ["08:00-12:00"]
  oncall: 24x7                        # vagt: always open, no holidays

# The clocks: the field that starts each one, the field(s) that stop it (the
# earliest one present), and the statuses that pause it. A stop may also be a
# milestone of the status history: { status: [...] }, { group: [...] },
# { assignee: [...] }, or reply (an agent's reply).
metrics:
  response:                           # reaktionstid
    start: created
    stop: [first_response, resolved]
  resolution:                         # løsningstid
    start: created
    stop: resolved
    pause_when_status: ["Afventer kunde", "Afventer tredjepart"]
  # The three clocks below read the status history: pass it with --events FILE
  # (or name it under input.events.file), or take them out of the targets.
  escalation:                         # eskalering: to the on-call group, or remediation started
    start: created
    stop: [{ group: [Vagt] }, { status: ["I gang"] }]
  workaround:                         # midlertidig løsning: a workaround, or the fix itself
    start: created
    stop: [{ status: ["Workaround leveret"] }, resolved]
    pause_when_status: ["Afventer kunde", "Afventer tredjepart"]
  status_update:                      # statusopdateringer: the longest time between two updates
    start: created
    stop: resolved
    updates: [reply]                  # an agent's reply in the history is an update
    pause_when_status: ["Afventer kunde"]

# Which targets a ticket gets: the first policy whose "when" matches wins.
# Values compare trimmed and case-insensitively. Durations: 45m, 4h, 1h30m
# (business time in the policy's calendar) or 3bd (business days).
# valid_from / valid_until (inclusive dates): a policy only for tickets
# created in that range; here the P2 targets changed on 2026-07-01.
policies:
  - name: P1 Produktion nede
    when: { priority: P1 }
    calendar: oncall
    targets: { response: 30m, resolution: 4h, escalation: 30m, workaround: 2h, status_update: 1h }
  - name: P2 Alvorlig (til 30/6 2026)
    when: { priority: P2 }
    valid_until: 2026-06-30
    calendar: office
    targets: { response: 1h, resolution: 8h, workaround: 4h }
  - name: P2 Alvorlig
    when: { priority: P2 }
    valid_from: 2026-07-01
    calendar: office
    targets: { response: 1h, resolution: 6h, workaround: 3h }
  - name: P3 Normal
    when: { priority: P3 }
    calendar: office
    targets: { response: 4h, resolution: 3bd }
  - name: P4 Lav
    when: { priority: P4 }
    calendar: office
    targets: { response: 1bd, resolution: 10bd }

# Attainment goals: the share of records that must meet their target.
goals:
  response: 95%
  resolution:
    default: 90%
    P1 Produktion nede: 95%
  escalation: 95%
  workaround: 90%
  status_update: 90%

# Statuses that mean the work is done.
statuses:
  resolved: [Løst, Lukket, Resolved, Closed]

# Priority values in the export -> the priorities the policies use.
priorities:
  map: { Kritisk: P1, Høj: P2, Normal: P3, Lav: P4 }

# How to read the ticket exports (command-line flags override these).
input:
  preset: generic                     # jira | zendesk | servicenow | freshdesk | topdesk | zammad | glpi | generic
  timezone: Europe/Copenhagen
  date_format: auto

# The monthly service review ("slacheck review"): due by the 5th working day
# of the next month, with KPIs, major incidents, backlog and observations.
report:
  title: Månedsrapport
  supplier: Leverandøren A/S          # your company
  customer: Kunden ApS                # the customer the agreement is with
  language: da                        # da | en: headings, labels, decimal comma
  due: { working_day: 5, calendar: office }
  major: { priority: P1 }             # which tickets are major incidents (like a policy's when)
  trend_months: 12
`;
