package lookup

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kljensen/snowball/english"
)

// token is one word, number or symbol of a sentence or question.
type token struct {
	text       string   // as written
	lower      string   // lower case, curly apostrophes made straight, possessive 's dropped
	stem       string   // Snowball (Porter2) stem of lower
	start, end int      // byte offsets in the sentence
	cap        bool     // starts with an upper-case letter
	poss       bool     // written with a possessive 's or s'
	parts      []string // stems of a hyphenated word's parts ("regular-season")
}

// meets reports whether the token is a form of stem, or has a part that is.
func (t token) meets(stem string) bool {
	if stemsMeet(t.stem, stem) {
		return true
	}
	for _, p := range t.parts {
		if stemsMeet(p, stem) {
			return true
		}
	}
	return false
}

// tokenize splits text into tokens. A word keeps inner apostrophes,
// hyphens and periods ("didn't", "D-Nev.", "U.S.", "p.m."); a number keeps
// its separators and sign ("$1.1", "612,408", "9:42", "6-3", "49.6%").
func tokenize(text string) []token {
	var toks []token
	i := 0
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '$' || r == '%' || r == '€' || r == '£':
			toks = append(toks, newToken(text[i:i+n], i, i+n))
			i += n
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := wordEnd(text, i)
			toks = append(toks, newToken(text[i:j], i, j))
			i = j
		default:
			i += n
		}
	}
	return toks
}

// wordEnd returns the end of the word starting at i: letters and digits,
// joined by an apostrophe, hyphen, period, comma (between digits) or colon
// (between digits) when a letter or digit follows. A final period
// stays on a dotted abbreviation ("U.S.", "p.m.") and on a short
// abbreviation ("Nev.", "Sen.").
func wordEnd(text string, i int) int {
	j := i
	for j < len(text) {
		r, n := utf8.DecodeRuneInString(text[j:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			j += n
			continue
		}
		if j+n < len(text) && strings.ContainsRune("'’-.,:", r) {
			r2, _ := utf8.DecodeRuneInString(text[j+n:])
			prev, _ := utf8.DecodeLastRuneInString(text[:j])
			joins := unicode.IsLetter(r2) || unicode.IsDigit(r2)
			if r == ',' || r == ':' {
				joins = unicode.IsDigit(prev) && unicode.IsDigit(r2) && (r == ':' || digitsAhead(text[j+n:]) == 3)
			}
			if joins {
				j += n
				continue
			}
		}
		break
	}
	if j < len(text) && text[j] == '.' && keepsPeriod(text[i:j]) {
		j++
	}
	return j
}

// digitsAhead counts the digits at the start of s.
func digitsAhead(s string) int {
	n := 0
	for n < len(s) && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	return n
}

// keepsPeriod reports whether a word takes its following period as part of
// itself: dotted abbreviations ("U.S", "p.m") and the title, month and
// state abbreviations of AP style. A figure with a decimal point is no
// abbreviation: the period after "$58.40" ends the sentence.
func keepsPeriod(w string) bool {
	if strings.Contains(w, ".") {
		return strings.IndexFunc(w, unicode.IsLetter) >= 0
	}
	lw := strings.ToLower(w)
	if i := strings.LastIndexByte(lw, '-'); i >= 0 {
		lw = lw[i+1:] // "D-Nev"
	}
	return apAbbrevs[lw]
}

// apAbbrevs are the abbreviations AP style writes with a period: courtesy
// and office titles, months, and state abbreviations (AP Stylebook,
// "abbreviations and acronyms", "months", "state names"), and common
// corporate ones ("Inc.", "Corp.").
var apAbbrevs = set("mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "sgt",
	"capt", "adm", "maj", "prof", "rev", "st", "jr", "sr", "inc", "corp", "co", "ltd", "no",
	"vs", "jan", "feb", "aug", "sept", "oct", "nov", "dec", "ala", "ariz", "ark", "calif",
	"colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "ky", "la", "md", "mass",
	"mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex",
	"vt", "va", "wash", "wis", "wyo", "ave", "blvd", "ft", "mt", "supt", "det", "insp",
	"cmdr", "brig", "cpl", "pvt", "spc", "pfc") // AP Stylebook, "military titles"

// newToken builds a token from its text.
func newToken(w string, start, end int) token {
	t := token{text: w, start: start, end: end}
	r, _ := utf8.DecodeRuneInString(w)
	t.cap = unicode.IsUpper(r)
	l := strings.ToLower(strings.ReplaceAll(w, "’", "'"))
	if strings.HasSuffix(l, "'s") && len(l) > 2 {
		l, t.poss = l[:len(l)-2], true
	} else if strings.HasSuffix(l, "s'") {
		l, t.poss = l[:len(l)-1], true
	}
	t.lower = l
	t.stem = stemOf(strings.TrimSuffix(l, ".")) // "Dec." and "dec" are one word
	if l == "%" {
		t.stem = stemOf("percent") // the sign and the word are one (AP Stylebook, "percent": the % sign with a figure)
	}
	if strings.Contains(l, "-") {
		for _, p := range strings.Split(l, "-") {
			if p != "" {
				t.parts = append(t.parts, stemOf(p))
			}
		}
	}
	return t
}

// stemOf is the Snowball English stem of a lower-case word; numbers and
// words with inner punctuation stay as they are, but a whole number's
// grouping commas are dropped (numeralStem), and a compound of words
// joined by hyphens is stemmed part by part (compoundStem).
func stemOf(l string) string {
	for _, r := range l {
		if !unicode.IsLetter(r) {
			if r == '-' {
				return compoundStem(l)
			}
			return numeralStem(l)
		}
	}
	return stems.get(l, snowballStem)
}

// compoundStem stems each part of a hyphenated compound of letters and
// joins the stems by hyphens. English marks the plural of such a compound
// on its principal word, which need not be the last ("runner-up",
// "runners-up"; "mother-in-law", "mothers-in-law"; but "break-ins"): AP
// Stylebook, "plurals", compound words written with a hyphen. Stemming
// every part makes the singular and the plural one word wherever the
// ending falls. Anything else with a hyphen (a figure, "19-year-old")
// stays as numeralStem leaves it.
func compoundStem(l string) string {
	parts := strings.Split(l, "-")
	for i, p := range parts {
		if p == "" || strings.IndexFunc(p, func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 {
			return numeralStem(l)
		}
		parts[i] = stems.get(p, snowballStem)
	}
	return strings.Join(parts, "-")
}

// numeralStem writes a whole number without its thousands separators, so
// "2,000" as AP style writes it (AP Stylebook, "numerals": commas in
// figures of 1,000 or more) and "2000" as a question is typed in chat are
// one word. Anything else, a year among them, stays as written.
func numeralStem(l string) string {
	if th, ok := chatThousands(l); ok {
		return th
	}
	if !strings.Contains(l, ",") {
		return l
	}
	for _, r := range l {
		if r != ',' && (r < '0' || r > '9') {
			return l
		}
	}
	return strings.ReplaceAll(l, ",", "")
}

// snowballStem is the Snowball English stem of a word of letters, less a
// final e after u. Porter2's step 5 drops a final e only inside region R1,
// which a short word lacks, while step 1b strips "-ed" and "-ing" whatever
// the length (snowballstem.org/algorithms/english/stemmer.html): "sued"
// and "suing" stem to "su" but "sue" keeps its e, though English spelling
// drops a verb's final e before those endings (Quirk et al. 1985, App.
// II.5). Longer words already lose it ("argue", "argued": "argu").
func snowballStem(l string) string {
	st := english.Stem(l, false)
	if strings.HasSuffix(st, "ue") {
		return st[:len(st)-1]
	}
	return st
}

// stemsMeet reports whether two stems are forms of one word: equal, or
// one a prefix of the other differing by a final letter, as Porter2 leaves
// "injur"/"injuri" and "meet"/"meeti" apart.
func stemsMeet(a, b string) bool {
	if a == b {
		return true
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	return len(a) >= 4 && len(b)-len(a) <= 1 && strings.HasPrefix(b, a)
}

// isNumeric reports whether a token is written with digits.
func isNumeric(t token) bool {
	for _, r := range t.text {
		if unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// editDistance is the optimal-string-alignment distance between a and b,
// in runes: insertions, deletions, substitutions and transpositions of
// neighbours each cost one, so "osie" is one step from "osei".
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	// three rows of the table (rows i-2, i-1 and i), on the stack for
	// words of up to 31 letters: the whole table for every pair of words
	// compared was most of a question's garbage
	n := len(rb) + 1
	var buf [3 * 32]int
	cells := buf[:]
	if 3*n > len(buf) {
		cells = make([]int, 3*n)
	}
	older, prev, cur := cells[:n], cells[n:2*n], cells[2*n:3*n]
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			c := 1
			if ra[i-1] == rb[j-1] {
				c = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+c)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				cur[j] = min(cur[j], older[j-2]+1)
			}
		}
		older, prev, cur = prev, cur, older
	}
	return prev[len(rb)]
}
