package knowledge

import "time"

// storyDay is the weekday of the story's news, or "" when it names none:
// of the weekdays it names in the past, the one that puts all the others
// nearest before it, within the week. AP style names the weekday for the
// days of the week before publication (AP Stylebook, "days of the week"),
// so every past weekday a story names lies in the six days up to its own
// day: a derailment "late Tuesday" that closed a highway "for most of
// Wednesday" is a Wednesday story, and Tuesday its day before, not
// Wednesday six days before a Tuesday story. A weekday the clause looks
// ahead to ("will open Thursday") is after the story's day and places
// nothing here. The story's day is one its first paragraph to name a
// weekday names, as the lead tells the news of the day ("federal
// investigators said Wednesday"; an FAA order "on Friday" further down
// is the Friday before). Ties go to the first weekday named.
func storyDay(times []timeExpr) string {
	var past []time.Weekday
	for _, t := range times {
		if t.kind != tWeekday || t.future {
			continue
		}
		if d := weekdayIn(t.when); d != "" {
			past = append(past, weekdayOf(d))
		}
	}
	if len(past) == 0 {
		for _, t := range times {
			if t.kind == tWeekday {
				return weekdayIn(t.when)
			}
		}
		return ""
	}
	best, bestSpan := past[0], 7
	for _, d := range leadDays(times) {
		span := 0
		for _, o := range past {
			span = max(span, (int(d)-int(o)+7)%7)
		}
		if span < bestSpan {
			best, bestSpan = d, span
		}
	}
	return best.String()
}

// weekdayOf is the weekday a day's English name names.
func weekdayOf(name string) time.Weekday {
	for d := time.Sunday; d <= time.Saturday; d++ {
		if d.String() == name {
			return d
		}
	}
	return time.Sunday
}

// leadDays are the past weekdays named in the first paragraph that names
// one, in order.
func leadDays(times []timeExpr) []time.Weekday {
	var out []time.Weekday
	para := -1
	for _, t := range times {
		if t.kind != tWeekday || t.future {
			continue
		}
		if para >= 0 && t.para != para {
			break
		}
		if d := weekdayIn(t.when); d != "" {
			para = t.para
			out = append(out, weekdayOf(d))
		}
	}
	return out
}
