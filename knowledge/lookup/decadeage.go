package lookup

import (
	"strconv"
	"strings"
)

// Stage 1, reading numbers: an age given by its decade. When a story
// does not know or give an exact age it writes the decade of life after
// "in" and a possessive determiner, with no apostrophe: "a man in his
// 20s", "in her early 80s", "in their mid-30s" (AP Stylebook, "ages":
// "the woman is in her 30s"; "early", "mid-" and "late" narrow it as for
// decades of years, AP "decades"). English also spells the decade out
// ("in his forties") and names the teens alike (Quirk et al. 1985,
// §6.64, numerals as plural nouns for a span of years). The phrase is an
// age as "51" after a name is, owned by the noun it follows, and the
// answer quotes it whole: "Tull is in his mid-50s."

// decadeFigure is a decade of life in figures, "20s" to "90s", with
// "mid-" written on it ("mid-50s").
var decadeFigure = lazyRE(`^(mid-)?([1-9]0)s$`)

// spelledDecades are the decades of life in words (the cardinal tens of
// English with -ies, and "teens" for 13 to 19; Quirk et al. 1985, §6.64).
var spelledDecades = map[string]float64{"teens": 13, "twenties": 20, "thirties": 30, "forties": 40,
	"fifties": 50, "sixties": 60, "seventies": 70, "eighties": 80, "nineties": 90}

// decadeNarrowers place an age within its decade (AP Stylebook, "decades";
// "mid" also hyphenated onto the figure).
var decadeNarrowers = set("early", "mid", "late")

// decadeDeterminers are the possessive determiners that tie a decade to
// the person it is the age of (Quirk et al. 1985, §6.26).
var decadeDeterminers = set("his", "her", "their", "my", "your", "our")

// decadeAge reads token i as an age given by its decade, "in his 50s":
// the token is the decade, and "in" with a possessive determiner (and
// at most one narrower) stands right before it. The quantity spans the
// decade alone, so its owner is found before it as for any age.
func decadeAge(s string, toks []token, i int) (quantity, bool) {
	v, ok := decadeValue(toks[i].lower)
	if !ok {
		return quantity{}, false
	}
	k := i - 1
	if k >= 0 && decadeNarrowers[toks[k].lower] && !strings.HasPrefix(toks[i].lower, "mid-") {
		k--
	}
	if k < 1 || !decadeDeterminers[toks[k].lower] || toks[k-1].lower != "in" {
		return quantity{}, false
	}
	return quantity{kind: qAge, value: v, tok: i, end: i + 1, text: toks[i].text,
		approx: s[toks[k-1].start:toks[i].end]}, true
}

// decadeValue is the first year of the decade a token names, "50s" or
// "mid-50s" or "fifties".
func decadeValue(l string) (float64, bool) {
	if v, ok := spelledDecades[l]; ok {
		return v, true
	}
	m := decadeFigure.FindStringSubmatch(l)
	if m == nil {
		return 0, false
	}
	v, err := strconv.Atoi(m[2])
	return float64(v), err == nil
}
