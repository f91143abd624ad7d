package lookup

// A time named again by "that" (part of stage 4). "That" before a noun of
// time points back to a time the text has already given: "In 2017 three
// students spent a night there. The landowner closed the cave that
// summer" means the summer of 2017 (Quirk et al. 1985, §8.55 and ch. 19
// on anaphoric time reference: "then", "that day", "the same day" refer
// back to a time already named). It is a time expression as "the same
// day" and "the next morning" are, so a question about the act it dates
// ("when did he close it") is answered with it, not with the time of
// another act in the same sentence ("reopened it last fall"). It is read only for the when-answer itself: the article's timeline
// and the readers that order events keep to the times a sentence names
// on its own, since "that afternoon" after "until April 6" says nothing
// they could order by.

// demonstrativeTimeRe finds "that" before a noun of time: the parts of
// the day, the calendar's units and the four seasons (AP Stylebook,
// "seasons"; "autumn" beside "fall").
var demonstrativeTimeRe = lazyRE(`(?i)\bthat\s+(?:day|night|morning|afternoon|evening|week|weekend|month|year|spring|summer|fall|autumn|winter|season)\b`)

// withDemonstrativeTimes adds to spans, the time spans of s in the form
// the time filters take, each time s names again with "that".
func withDemonstrativeTimes(s *sentence, spans [][]int) [][]int {
	for _, m := range demonstrativeTimeRe.FindAllStringIndex(s.text, -1) {
		spans = append(spans, []int{m[0], m[1], m[0], m[1]})
	}
	return spans
}
