package lookup

// Noon as a clock time (part of stage 4). AP style writes "noon" and
// "midnight" for 12 p.m. and 12 a.m. (AP Stylebook, "noon", "midnight"),
// so each names a time of day; but "afternoon" only holds the letters of
// "noon": it names a part of the day, as "morning" and "evening" do, not
// a time a clock shows (Merriam-Webster, "afternoon": "the time from noon
// to sunset"). "What time did they go in" of "late Friday afternoon,
// around 4:30 p.m." is answered "4:30 p.m.", not "Friday afternoon".

// noonWordRe finds "noon" as a word of its own, not inside "afternoon"
// or "forenoon".
var noonWordRe = lazyRE(`(?i)\bnoon\b`)

// namesNoon reports whether time expression w names noon itself.
func namesNoon(w string) bool {
	return noonWordRe.MatchString(w)
}
