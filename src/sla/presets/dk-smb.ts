import { SCHEMA_URL } from '../schema.js';

/**
 * `slacheck init --preset dk-smb`: the Danish SME support agreement of issue 3.
 * P1 "produktion nede" on 24x7 on-call, 30 minutes to respond and 4 hours to
 * resolve; P2-P4 on office hours Mon-Fri 08:00-16:00 Europe/Copenhagen, closed
 * on Danish public holidays and Juleaftensdag; the resolution clock pauses
 * while the ticket waits for the customer or a third party.
 */
export const dkSmb = `# yaml-language-server: $schema=${SCHEMA_URL}
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
# earliest one present), and the statuses that pause it.
metrics:
  response:                           # reaktionstid
    start: created
    stop: [first_response, resolved]
  resolution:                         # løsningstid
    start: created
    stop: resolved
    pause_when_status: ["Afventer kunde", "Afventer tredjepart"]

# Which targets a ticket gets: the first policy whose "when" matches wins.
# Values compare trimmed and case-insensitively. Durations: 45m, 4h, 1h30m
# (business time in the policy's calendar) or 3bd (business days).
policies:
  - name: P1 Produktion nede
    when: { priority: P1 }
    calendar: oncall
    targets: { response: 30m, resolution: 4h }
  - name: P2 Alvorlig
    when: { priority: P2 }
    calendar: office
    targets: { response: 1h, resolution: 8h }
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
