package lookup

// Clock ranges asked with "what time" (part of stage 4, times). Opening
// hours, closures and sessions are written as a range of clock times,
// "from 10 a.m. to 11 p.m.", "between 8 and 10 a.m.", "from 9 p.m. until
// midnight" (AP Stylebook, "time of day"; Quirk et al. 1985, §9.36–9.38 on
// "from … to", "between … and"), so a what-time question about the hours
// is answered by both ends, as a when question is (daterange.go,
// coordinatedtime.go, fromuntil.go); a question of the start or end alone
// with an aspectual verb keeps its one end (dateRange, fromUntil).

// clockRange extends clock time ph of s over the range it opens or closes.
func clockRange(q *query, s *sentence, ph string) string {
	return pairedEnds(q, s, fromUntil(q, s, coordinatedTimes(s, dateRange(q, s, ph)))) // "open at 8 a.m. and close at 11 p.m." (pairedends.go)
}
