package lookup

import (
	"strconv"
	"strings"
)

// chatThousands writes a figure typed with a "k" for thousand ("100k",
// "2.5k") as the whole number it stands for ("100000", "2500"), the form
// numeralStem gives the article's "100,000": "k" (from the SI prefix
// kilo-, Merriam-Webster, "K" abbreviation 3: thousand) is how a figure
// is shortened in chat, never in AP copy, which spells out "thousand" or
// writes the figure with commas (AP Stylebook, "numerals"). ok is false
// for anything else, so a word that merely ends in k stays as written.
func chatThousands(l string) (string, bool) {
	num, found := strings.CutSuffix(l, "k")
	if !found || num == "" || strings.Count(num, ".") > 1 {
		return "", false
	}
	for _, r := range num {
		if r != '.' && (r < '0' || r > '9') {
			return "", false
		}
	}
	v, err := strconv.ParseFloat(num, 64)
	if err != nil || v*1000 != float64(int64(v*1000)) {
		return "", false
	}
	return strconv.FormatInt(int64(v*1000), 10), true
}
