package lookup

import (
	"slices"
	"strings"
)

// Shortened and compound words (part of stage 2): chat writes words cut
// short and compounds with a familiar head, which the article spells out.
// English clips words at the back ("sig" of signature, "stats" of
// statistics) or the front ("scope" of telescope, "copter" of
// helicopter), and a compound's head is its last part (the righthand head
// rule: Williams, "On the notions 'lexically related' and 'head of a
// word'", 1981), so "grandkids" are "grandchildren". Bauer, "English
// Word-formation" (1983), §9.2 on clipping.

// clippedKnown returns the stems of the article's words that w clips or
// that share w's compound head: for a word the article never uses.
func (e *Engine) clippedKnown(w string) []string {
	if full := titleAbbrevs[w]; full != "" && e.r.vocab[full] {
		return []string{stemOf(full)} // the AP's "supt": superintendent
	}
	for short, full := range titleAbbrevs {
		if full == singular(w) && (e.r.vocab[short] || e.r.vocab[short+"."]) {
			return []string{stemOf(short)} // the title the AP abbreviates before a name: "Sen." for senator
		}
	}
	if st := e.senseAbbrevKnown(w); st != nil {
		return st // "sec" of the article's secretary (senseabbrev.go)
	}
	if full := addressAbbrevs[singular(w)]; full != "" {
		return e.formsKnown(full) // the AP's "Apt.": apartment, where WordNet knows "apt" as an adjective
	}
	written := w
	w = singular(w)
	dictionary := !e.noLex && e.lex.IsWord(w)
	abbreviation := !dictionary || !hasVowel(written)
	var out []string
	for v := range e.r.vocab {
		if len(v) <= len(w)+1 || strings.ContainsAny(v, ".'-") {
			continue
		}
		sv := singular(v)
		switch {
		case abbreviation && contracted(written, v):
			// a contraction: "cmte" of committee, "pts" of points
		case !dictionary && len(w) >= 3 && strings.HasPrefix(v, w):
			// back-clipping: only a word that is no word of its own ("sigs")
		case len(w) >= 5 && strings.HasSuffix(sv, w) && !e.otherKin(w, sv):
			// a fore-clipping or compound head: tele+scope, air+plane
		case e.compoundOf(sv, w):
			// a short head WordNet confirms: bumble+bee is a bee (compoundhyponym.go)
		case !dictionary && e.sharesHead(w, sv):
		default:
			continue
		}
		if st := stemOf(v); !slices.Contains(out, st) {
			out = append(out, st)
		}
	}
	for _, a := range out {
		for _, b := range out {
			if !strings.HasPrefix(a, b) && !strings.HasPrefix(b, a) {
				return nil // more than one word it could stand for
			}
		}
	}
	return out // forms of one word ("grandchild", "grandchildren")
}

// addressAbbrevs are the abbreviations the AP Stylebook writes in a
// numbered address ("addresses": Ave., Blvd.; "apartment": Apt.), which
// chat types for the words themselves ("how long has she lived in her
// apt"). "St." is left out: it is also Saint. Each short form is a word
// of its own in WordNet ("apt", "ave"), so neither contracted nor a
// back-clipping finds it.
var addressAbbrevs = map[string]string{"apt": "apartment", "ave": "avenue", "blvd": "boulevard"}

// formsKnown returns the stem of the article's words that are full or
// its plural, as clippedKnown returns them; nil when the article has
// neither.
func (e *Engine) formsKnown(full string) []string {
	for v := range e.r.vocab {
		if singular(v) == full {
			return []string{stemOf(v)}
		}
	}
	return nil
}

// contracted reports whether short is long abbreviated by contraction,
// which keeps a word's first and last letters and some between, in order
// ("govt", "dept", "bldg", "cmte", "supt"; a plural keeps its -s: "pts",
// "hrs", "yds"): the Chicago Manual of Style, 17th ed., ch. 10, on
// abbreviations and contractions.
func contracted(short, long string) bool {
	if len(short) < 3 || len(long) <= len(short) || short[0] != long[0] || short[len(short)-1] != long[len(long)-1] {
		return false
	}
	j := 1
	for i := 1; i < len(long) && j < len(short)-1; i++ {
		if long[i] == short[j] {
			j++
		}
	}
	return j == len(short)-1
}

// hasVowel reports whether w holds a vowel letter (y counts). English
// spelling writes every syllable with one, so a string without is an
// abbreviation or a symbol ("pts", "hr"), though WordNet lists such
// symbols ("pt", platinum) as words.
func hasVowel(w string) bool {
	return strings.ContainsAny(w, "aeiouy")
}

// sharesHead reports whether w and v are compounds of one first part whose
// heads are synonyms ("grandkid", "grandchild").
func (e *Engine) sharesHead(w, v string) bool {
	if e.noLex {
		return false
	}
	n := 0
	for n < len(w) && n < len(v) && w[n] == v[n] {
		n++
	}
	if n < 4 || n == len(w) || n == len(v) {
		return false
	}
	hw, hv := w[n:], v[n:]
	if base := e.lex.Lemma(hv); base != "" {
		hv = base // "children": child
	}
	return e.lex.IsWord(hw) && slices.Contains(e.lex.Synonyms(hw), hv)
}

// clipping reports whether one stem is the other cut short, as English
// clips words ("photo" of "photograph", "lab" of "laboratory"). Clipping
// shortens content words (Quirk et al., App. I.74); a function word such
// as "off" is no clipping of "offer".
func clipping(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	return len(a) >= 3 && strings.HasPrefix(b, a) && !stopWords[a] && !particles[a]
}

// clippedWord reports whether the shorter of two stems is a word of its
// own: a clipping is a word ("photo", "lab"; Quirk et al., App. I.74),
// while a stem cut by the stemmer's rules is none ("fli" of "flying" is
// no clipping of "flight").
func (e *Engine) clippedWord(a, b string) bool {
	if len(a) > len(b) {
		a = b
	}
	return e.noLex || e.lex.IsWord(a)
}

// compoundKnown finds the article's spelling of a compound the question
// writes otherwise. English writes one compound open, hyphenated or
// closed ("seat belt", "seat-belt", "seatbelt"; the Chicago Manual of
// Style, 17th ed., 7.81-7.82): question token i, which the article never
// uses, may be the article's hyphenated word closed up, one half of it
// with the question's next or last word, or two of its words run
// together. It returns the hyphenated word's stem, or the two words' stems
// as a phrase.
func (e *Engine) compoundKnown(toks []token, i int) ([]string, [][]string) {
	w := toks[i].lower
	var near []string
	if i > 0 {
		near = append(near, toks[i-1].lower+"-"+w)
	}
	if i+1 < len(toks) {
		near = append(near, w+"-"+toks[i+1].lower)
	}
	for v := range e.r.vocab {
		if strings.Count(v, "-") == 1 && (strings.ReplaceAll(v, "-", "") == w || slices.Contains(near, v)) {
			return []string{stemOf(v)}, nil
		}
	}
	if len(w) < 7 {
		return nil, nil
	}
	for _, s := range e.r.sents {
		for k := 0; k+1 < len(s.toks); k++ {
			a, b := s.toks[k], s.toks[k+1]
			if len(a.lower) >= 3 && len(b.lower) >= 3 && a.lower+b.lower == w && !stopWords[a.lower] && !stopWords[b.lower] {
				return e.compoundHeadRef(b), [][]string{{a.stem, b.stem}} // "the yard" after "a scrap yard" (compoundanaphor.go)
			}
		}
	}
	return nil, nil
}

// clippedLabel reads question token i, followed by a numeral, as the
// back-clipping of the article's label noun that the same numeral follows
// ("cat 4" for "Category 4", "rm 12" for "Room 12"): a noun before a
// numeral names its label (Quirk et al., §17.92, the appositive label
// "Flight 370"), and chat clips it at the back (Bauer, "English
// Word-formation", §9.2), even when the clipped form is a word of its own
// ("cat"). The label and its numeral are read as one phrase. false when
// the article writes the word itself before the numeral, or no single
// word the clip could stand for.
func (e *Engine) clippedLabel(toks []token, i int) (term, bool) {
	t := toks[i]
	if i+1 >= len(toks) || len(t.lower) < 3 || !isNumeric(toks[i+1]) || isNumeric(t) {
		return term{}, false
	}
	num := toks[i+1].lower
	full := ""
	for k := range e.r.sents {
		st := e.r.sents[k].toks
		for j := 0; j+1 < len(st); j++ {
			w := st[j].lower
			if st[j+1].lower != num || !strings.HasPrefix(w, t.lower) {
				continue
			}
			if w == t.lower || full != "" && full != w {
				return term{}, false // the word itself, or two words it could clip
			}
			full = w
		}
	}
	if full == "" {
		return term{}, false
	}
	seq := []string{stemOf(full), toks[i+1].stem}
	return term{lower: full + " " + num, stem: stemOf(full), phrases: [][]string{seq}, known: true, phrasal: true}, true
}
