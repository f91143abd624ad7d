package knowledge

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

// A publication line (part of stage 1, reading the article): a web page's
// story prints its date under the byline ("Published Friday, March 20,
// 2026", "Updated March 20, 2026 4:05 p.m."; the timestamp news sites
// set above the body). It is no paragraph of the story: read as one, it
// became ¶1 and the lead's delayed identification looked for the person
// in the wrong paragraph. Its date is the publication date that relative
// dates resolve against, unless the caller gave one.

// publishedLineRe is such a line: "Published", "Updated" or "Posted", an
// optional "on" and colon, an optional weekday, and a date with its year
// in AP style or in full ("Friday, March 20, 2026", "Jan. 5, 2026").
var publishedLineRe = regexp.MustCompile(`^(?:Published|Updated|Posted)(?:\s+on)?:?\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?((?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.)\s+\d{1,2},\s+\d{4})\b[^.!?]*$`)

// readPublishedLine reads a publication line at the first non-blank line
// from lines[j]: its date and the index of the line after it, or a zero
// time and j when that line is none.
func readPublishedLine(lines []string, j int) (time.Time, int) {
	k := j
	for k < len(lines) && strings.TrimSpace(lines[k]) == "" {
		k++
	}
	if k >= len(lines) {
		return time.Time{}, j
	}
	m := publishedLineRe.FindStringSubmatch(strings.TrimSpace(lines[k]))
	if m == nil {
		return time.Time{}, j
	}
	f := strings.Fields(strings.NewReplacer(".", "", ",", "").Replace(strings.ToLower(m[1])))
	day, _ := strconv.Atoi(f[1])
	year, _ := strconv.Atoi(f[2])
	t := utcDate(year, time.Month(monthNames[f[0]]), day)
	if t.Day() != day {
		return time.Time{}, j // "Feb. 30": no date
	}
	return t, k + 1
}
