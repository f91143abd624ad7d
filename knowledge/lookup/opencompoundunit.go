package lookup

import "strings"

// A compound noun is one word however it is spelt: English writes the
// same compound open, hyphenated or closed ("tractor trailer",
// "tractor-trailer", "tractortrailer"; the Chicago Manual of Style, 17th
// ed., 7.82–7.85, on open, hyphenated and closed compounds, which
// dictionaries and house styles spell differently), and chat types it
// open whatever the article's style. So a count whose noun the article
// hyphenates or closes counts the noun a question asks by the same words
// typed apart: "17 tractor-trailers" answers "how many tractor trailers".

// spelledOpen reports whether the counted unit, a compound written
// hyphenated or closed, is focus, the question's counted words typed
// apart, in order.
func spelledOpen(unit string, focus []string) bool {
	if len(focus) < 2 {
		return false
	}
	if parts := strings.Split(unit, "-"); len(parts) == len(focus) {
		for k, p := range parts {
			if !stemsMeet(stemOf(p), focus[k]) {
				return false
			}
		}
		return true
	}
	closed := strings.Join(focus, "")
	return !strings.Contains(unit, "-") && (unit == closed || unit == stemOf(closed)) // "beehives": stem beehiv, not bee+hive
}
