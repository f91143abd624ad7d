package knowledge

import (
	"regexp"
	"strings"
)

// bylineRe is a byline as wire stories print it under the headline: "By"
// and one to four names, joined by commas or "and", each of capitalised
// words (AP Stylebook, "bylines": "By JANE DOE"; the writer's name may be
// set in capitals). It ends without sentence punctuation.
var bylineRe = regexp.MustCompile(`^(?i:by)\s+((?:[A-Z][\w.'’-]*\s*){1,4}(?:(?:,\s*|\s+and\s+)(?:[A-Z][\w.'’-]*\s*){1,4}){0,3})$`)

// agencyLineRe is the line under a byline that names the writer's
// employer ("Associated Press", "The Associated Press", "AP", "Reuters"):
// at most four capitalised words, no sentence punctuation.
var agencyLineRe = regexp.MustCompile(`^(?:[A-Z][\w.&'’-]*\s*){1,4}$`)

// readByline reads a byline starting at the first non-blank line from
// lines[j]: the writer's names, with the agency line right under it
// joined by a comma ("Teresa Onwuka, Associated Press"), and the index
// of the line after it. It returns "" when that line is no byline.
func readByline(lines []string, j int) (string, int) {
	for j < len(lines) && strings.TrimSpace(lines[j]) == "" {
		j++
	}
	if j >= len(lines) {
		return "", j
	}
	m := bylineRe.FindStringSubmatch(strings.TrimSpace(lines[j]))
	if m == nil {
		return "", j
	}
	by, next := strings.TrimSpace(m[1]), j+1
	if next < len(lines) {
		if l := strings.TrimSpace(lines[next]); l != "" && agencyLineRe.MatchString(l) {
			by, next = by+", "+l, next+1
		}
	}
	return by, next
}
