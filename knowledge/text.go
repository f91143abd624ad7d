package knowledge

import (
	"github.com/kljensen/snowball/english"
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file holds the language-level tools the extractor and the lookup
// answerer share: tokens, sentence boundaries, stems, stop words. They are
// written for English news prose, not for one article.

// token is one word of a paragraph, with its byte offsets.
type token struct {
	s          string // as written, with an abbreviation's period ("U.S.", "Dec.")
	start, end int    // byte offsets in the paragraph
	sent       int    // index of the sentence holding it
}

// isWordRune reports whether r can be part of a word.
func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// tokenize splits text into words. Apostrophes, hyphens and periods inside a
// word stay in it ("didn't", "R-Ariz", "U.S"); a final period stays when the
// word is an abbreviation; a plural possessive keeps its apostrophe.
func tokenize(text string) []token {
	var toks []token
	i := 0
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !isWordRune(r) {
			i += n
			continue
		}
		start := i
		i += n
		for i < len(text) {
			r, n := utf8.DecodeRuneInString(text[i:])
			if isWordRune(r) {
				i += n
				continue
			}
			if r == '\'' || r == '’' || r == '-' || r == '.' || r == '&' {
				r2, _ := utf8.DecodeRuneInString(text[i+n:])
				if i+n < len(text) && isWordRune(r2) {
					i += n
					continue
				}
			}
			break
		}
		w := text[start:i]
		if i < len(text) && text[i] == '.' && isAbbrev(w) {
			i++
			w = text[start:i]
		} else if i < len(text) && (w[len(w)-1] == 's' || w[len(w)-1] == 'S') {
			r, n := utf8.DecodeRuneInString(text[i:])
			if r == '\'' || r == '’' {
				r2, _ := utf8.DecodeRuneInString(text[i+n:])
				if i+n >= len(text) || !isWordRune(r2) {
					i += n
					w = text[start:i]
				}
			}
		}
		toks = append(toks, token{s: w, start: start, end: i})
	}
	return toks
}

// abbreviations that take a period and do not end a sentence.
var abbrevs = toSet(
	// titles and ranks
	"mr", "mrs", "ms", "dr", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "capt",
	"cmdr", "adm", "maj", "prof", "rev", "st", "supt", "pres", "atty", "gens", "sens", "reps",
	// the rest of the AP Stylebook's abbreviated military titles ("Brig. Gen.")
	"brig", "cpl", "pvt", "spc", "pfc",
	// months
	"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
	// US states in AP style
	"ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan",
	"ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla",
	"ore", "pa", "tenn", "tex", "vt", "va", "wash", "wis", "wyo",
	// others
	"no", "nos", "vs", "approx", "dept", "est", "ft", "mt",
)

// isAbbrev reports whether w, followed by a period, is an abbreviation:
// a known one (also after a party prefix, as in "R-Ariz"), a dotted acronym
// ("U.S") or a single capital initial.
func isAbbrev(w string) bool {
	lw := strings.ToLower(w)
	if abbrevs[lw] {
		return true
	}
	if k := strings.LastIndexByte(lw, '-'); k >= 0 && abbrevs[lw[k+1:]] {
		return true
	}
	if len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z' {
		return true
	}
	return isDottedAcronym(w)
}

// isDottedAcronym reports whether w is like "U.S" or "U.S.": single letters
// separated by periods.
func isDottedAcronym(w string) bool {
	w = strings.TrimSuffix(w, ".")
	parts := strings.Split(w, ".")
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if len(p) != 1 || !unicode.IsLetter(rune(p[0])) {
			return false
		}
	}
	return true
}

// sentenceStarters are capitalised words that, after a dotted acronym such
// as "U.S.", show that a new sentence has begun.
var sentenceStarters = toSet("the", "he", "she", "it", "they", "we", "i", "but", "and",
	"however", "in", "a", "an", "this", "that", "there", "his", "her", "their", "its", "on",
	"at", "after", "before", "while", "when", "some", "many", "officials", "critics", "meanwhile")

// splitSentences returns the byte ranges of the sentences of a paragraph.
// A sentence ends at . ? or ! (with any closing quotes) followed by white
// space and a capital, digit or quote; not after an abbreviation, and not
// inside a quotation that closes later in the paragraph.
func splitSentences(p string) [][2]int {
	s := &sentenceSplitter{p: p, closes: quoteCloses(p)}
	for i := 0; i < len(p); {
		r, n := utf8.DecodeRuneInString(p[i:])
		s.trackQuote(r, i)
		if r != '.' && r != '?' && r != '!' {
			i += n
			continue
		}
		j := s.skipClosers(i + n)
		if j < len(p) && !unicode.IsSpace(rune(p[j])) {
			i = j
			continue
		}
		k := skipSpace(p, j)
		if k >= len(p) {
			break
		}
		if s.endsSentence(r, i, k) {
			s.out = append(s.out, [2]int{s.start, j})
			s.start = k
		}
		i = j
	}
	return s.finish()
}

// sentenceSplitter is the state of splitSentences as it walks a paragraph.
type sentenceSplitter struct {
	p       string
	closes  map[int]bool // opening quotation marks that close later, by byte
	inQuote bool         // inside a quotation that closes later
	start   int          // where the current sentence began
	out     [][2]int     // the sentences found so far
}

// trackQuote notes whether the rune r at byte i opens or closes a
// quotation. A straight quote opens one only when it is closed later.
func (s *sentenceSplitter) trackQuote(r rune, i int) {
	switch r {
	case '"':
		s.inQuote = !s.inQuote && s.closes[i]
	case '“':
		if s.closes[i] {
			s.inQuote = true
		}
	case '”':
		s.inQuote = false
	}
}

// skipClosers returns the byte after the closing quotes, apostrophes and
// parentheses starting at j, noting the quotations they close.
func (s *sentenceSplitter) skipClosers(j int) int {
	for j < len(s.p) {
		r, n := utf8.DecodeRuneInString(s.p[j:])
		if r != '"' && r != '”' && r != '’' && r != '\'' && r != ')' {
			break
		}
		if r == '"' || r == '”' {
			s.inQuote = false
		}
		j += n
	}
	return j
}

// skipSpace returns the byte after the white space starting at j in p.
func skipSpace(p string, j int) int {
	for j < len(p) && unicode.IsSpace(rune(p[j])) {
		j++
	}
	return j
}

// endsSentence reports whether the terminal r at byte i ends a sentence,
// the next one starting at byte k: that one must open with a capital, a
// digit or a quote, outside a quotation, and a period must not end an
// abbreviation.
func (s *sentenceSplitter) endsSentence(r rune, i, k int) bool {
	next, _ := utf8.DecodeRuneInString(s.p[k:])
	if !unicode.IsUpper(next) && !unicode.IsDigit(next) && next != '"' && next != '“' {
		return false
	}
	if s.inQuote {
		return false
	}
	return r != '.' || periodEnds(s.p, i, k)
}

// clockFollowers are the capitalised words a clock time takes after its
// "a.m." or "p.m." within a sentence: the time zone, the day and the date
// (AP Stylebook, "time zones"; "time element": "10 a.m. Tuesday", "9 p.m.
// EDT", "noon Dec. 1"). Before any other capital the abbreviation's period
// is the sentence's too ("The bees arrived at 11 a.m. Workers locked the
// doors"; AP Stylebook, "a.m., p.m."; "periods": one period ends a
// sentence that ends in an abbreviation).
var clockFollowers = toSet("est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "akst", "akdt", "hst",
	"et", "ct", "mt", "pt", "gmt", "utc", "eastern", "central", "mountain", "pacific", "local",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"today", "tonight", "tomorrow", "yesterday",
	"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
	"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december")

// periodEnds reports whether the period at byte i of p ends a sentence,
// the next word starting at byte k: never after an abbreviation, and after
// a dotted acronym or an initial only when a sentence starter follows.
func periodEnds(p string, i, k int) bool {
	w := lastWord(p[:i])
	switch {
	case numberSign(w) && !startsWithDigit(p[k:]):
		return true // "voting no. Ashby said": the answer "no", not the sign of a number
	case abbrevs[strings.ToLower(w)] || strings.Contains(w, "-") && isAbbrev(w):
		return false
	case w == "a.m" || w == "p.m":
		return !clockFollowers[strings.ToLower(firstWord(p[k:]))]
	case isDottedAcronym(w) || len(w) == 1 && unicode.IsUpper(rune(w[0])):
		return sentenceStarters[strings.ToLower(firstWord(p[k:]))]
	}
	return true
}

// finish adds the rest of the paragraph, without trailing space, as the
// last sentence unless it is blank, and returns the sentences.
func (s *sentenceSplitter) finish() [][2]int {
	if strings.TrimSpace(s.p[s.start:]) == "" {
		return s.out
	}
	end := len(s.p)
	for end > s.start && unicode.IsSpace(rune(s.p[end-1])) {
		end--
	}
	return append(s.out, [2]int{s.start, end})
}

// quoteCloses marks, for each opening quotation mark at byte i, whether a
// closing mark follows in the same text. Straight quotes alternate.
func quoteCloses(p string) map[int]bool {
	m := map[int]bool{}
	var straight []int
	var curly []int
	for i, r := range p {
		switch r {
		case '"':
			straight = append(straight, i)
		case '“':
			curly = append(curly, i)
		case '”':
			if len(curly) > 0 {
				m[curly[len(curly)-1]] = true
				curly = curly[:len(curly)-1]
			}
		}
	}
	for k := 0; k+1 < len(straight); k += 2 {
		m[straight[k]] = true
	}
	return m
}

// lastWord returns the word (letters, digits, periods, hyphens) ending s.
func lastWord(s string) string {
	i := len(s)
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:i])
		if !isWordRune(r) && r != '.' && r != '-' {
			break
		}
		i -= n
	}
	return s[i:]
}

// firstWord returns the first run of letters in s, after any quotes.
func firstWord(s string) string {
	s = strings.TrimLeft(s, "\"“'‘(")
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) {
			break
		}
		i += n
	}
	return s[:i]
}

// isCapitalised reports whether w begins with an upper-case letter.
func isCapitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// bare strips a possessive ending and a trailing period: "Sessions'" and
// "Flynn's" become "Sessions" and "Flynn".
func bare(w string) string {
	for _, suf := range []string{"'s", "’s", "'S", "’S"} {
		if strings.HasSuffix(w, suf) {
			return w[:len(w)-len(suf)]
		}
	}
	w = strings.TrimSuffix(w, "'")
	w = strings.TrimSuffix(w, "’")
	return w
}

// stem is the Snowball (Porter2) English stem of a lower-case word, after
// irregular forms are taken to their base ("met" → "meet").
func stem(w string) string {
	if s, ok := irregular[w]; ok {
		w = s
	}
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return w // "didn’t", "u.s.": not a stem's business
		}
	}
	return english.Stem(w, false)
}

// irregular maps the irregular forms of common English verbs and nouns
// (the irregular verb list of Quirk et al., Appendix I) to their base.
var irregular = map[string]string{
	"spokeswomen": "spokeswoman", "spokesmen": "spokesman", "women": "woman", "men": "man",
	"met": "meet", "spoke": "speak", "spoken": "speak", "said": "say", "says": "say",
	"told": "tell", "took": "take", "taken": "take", "held": "hold", "led": "lead",
	"made": "make", "went": "go", "gone": "go", "came": "come", "knew": "know", "known": "know",
	"thought": "think", "gave": "give", "given": "give", "won": "win", "lost": "lose",
	"ran": "run", "wrote": "write", "written": "write", "began": "begin", "begun": "begin",
	"left": "leave", "sent": "send", "paid": "pay", "bought": "buy", "brought": "bring",
	"fought": "fight", "found": "find", "got": "get", "kept": "keep", "saw": "see",
	"seen": "see", "spent": "spend", "stood": "stand", "heard": "hear", "meant": "mean",
	"felt": "feel", "fell": "fall", "chose": "choose", "chosen": "choose", "broke": "break",
	"broken": "break", "became": "become", "news": "news", "paris": "paris", "series": "series",
	"united": "united", "states": "states", "elections": "election", "senators": "senator",
	"meeting": "meet", "meetings": "meet", "briefing": "brief", "hearing": "hearing", "hearings": "hearing",
}

// stopwords carry no content for retrieval.
var stopwords = toSet(
	"a", "an", "the", "and", "or", "but", "if", "of", "to", "in", "on", "at", "by", "for",
	"with", "from", "into", "onto", "about", "as", "than", "then", "so", "that", "this",
	"these", "those", "there", "here", "is", "are", "was", "were", "be", "been", "being",
	"am", "do", "does", "did", "done", "doing", "have", "has", "had", "having", "will",
	"would", "shall", "should", "can", "could", "may", "might", "must", "it", "its", "he",
	"him", "his", "she", "her", "hers", "they", "them", "their", "theirs", "we", "us", "our",
	"you", "your", "i", "me", "my", "mine", "who", "whom", "whose", "what", "when", "where",
	"why", "how", "which", "not", "no", "yes", "any", "some", "all", "each", "every", "both",
	"either", "neither", "other", "such", "own", "same", "too", "very", "just", "also",
	"still", "even", "only", "ever", "again", "more", "most", "much", "many", "up", "down",
	"out", "over", "under", "off", "while", "during", "before", "after", "since", "until",
	"because", "however", "though", "although", "yet", "whether", "via", "per", "get",
	"gets", "got", "s", "t", "d", "ll", "ve", "re", "one", "himself", "herself", "themselves",
	"itself", "anything", "something", "nothing", "anyone", "someone", "please", "tell",
	"quote", "quotes", "quotation", "quotations", "say", "says", "said", "happen", "happened",
	"happens", "hold", "held", "go", "went", "make", "made", "take", "took",
)

// toSet builds a set of strings.
func toSet(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// normVerbatim prepares text for a verbatim comparison: curly quotes become
// straight, en and em dashes a hyphen, runs of white space one space.
func normVerbatim(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch r {
		case '“', '”', '„', '″':
			r = '"'
		case '‘', '’', '′':
			r = '\''
		case '–', '—', '‒', '−':
			r = '-'
		}
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// editDistance is the optimal-string-alignment distance between a and b
// (insertions, deletions, substitutions and adjacent transpositions),
// over bytes of lower-cased ASCII-ish names.
func editDistance(a, b string) int {
	if a == b {
		return 0
	}
	la, lb := len(a), len(b)
	prev2 := make([]int, lb+1)
	prev := make([]int, lb+1)
	cur := make([]int, lb+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= la; i++ {
		cur[0] = i
		for j := 1; j <= lb; j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			v := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				v = min(v, prev2[j-2]+1)
			}
			cur[j] = v
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[lb]
}

// closeSpelling reports whether w (lower case) is a likely misspelling of
// name (lower case): same first letter, and within one edit for short
// words, two for long ones.
func closeSpelling(w, name string) bool {
	if len(w) < 5 || len(name) < 5 || w[0] != name[0] || w == name {
		return false
	}
	limit := 1
	if len(name) >= 8 {
		limit = 2
	}
	d := len(w) - len(name)
	if d > limit || -d > limit {
		return false
	}
	return editDistance(w, name) <= limit
}

// allDigits reports whether w is written in digits only.
func allDigits(w string) bool {
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return w != ""
}

// auxiliaries are the auxiliary verbs of English (Quirk et al., §3.21),
// which never report an event on their own.
var auxiliaries = toSet("did", "does", "do", "is", "was", "were", "are", "has", "have", "had", "can", "could", "will", "would", "should")
