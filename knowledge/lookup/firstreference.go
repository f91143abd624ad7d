package lookup

import (
	"strings"
	"unicode"
)

// News writing names a thing in full on first reference and by a generic
// noun after it (AP Stylebook, "first reference": "A Dashwood Q400
// turboprop … skidded off", then "The plane, operated by …"). The
// definite noun phrase refers back to the referent an earlier indefinite
// one introduced (Quirk et al., §5.26–5.32, anaphoric "the"), and that
// first reference says what kind of thing it is: its head is a kind of
// the generic noun in WordNet, its premodifiers give the make and model.

// kindByFirstReference answers "what kind of plane was it", a question
// that asks the kind of the story's N and says nothing else of it, with
// the first reference of the thing the article later calls "the N": the
// indefinite noun phrase, before that definite one, whose head WordNet
// files under N, with its premodifiers ("Dashwood Q400 turboprop").
func (e *Engine) kindByFirstReference(q *query, noun string) (reply, bool) {
	word := askedWord(q, noun)
	if e.noLex || word == "" || len(q.subjects) > 0 || len(restTerms(q, noun)) > 0 {
		return reply{}, false
	}
	last := -1 // the first sentence of the body calling the thing "the N"
	for i := range e.r.sents {
		if s := &e.r.sents[i]; s.para > 0 && e.definiteNoun(s, word) {
			last = i
			break
		}
	}
	for _, find := range []func(*sentence, string) string{e.makeAndModel, e.indefiniteKindPhrase} {
		for i := 0; i <= last; i++ {
			s := &e.r.sents[i]
			if s.para == 0 {
				continue // a headline is no first reference (AP Stylebook, "headlines")
			}
			if p := find(s, word); p != "" {
				return reply{found: true, head: capitalise(p) + ".", used: []*sentence{s}}, true
			}
		}
	}
	return reply{}, false
}

// askedWord is the question's word, in the singular, for the asked stem.
func askedWord(q *query, noun string) string {
	word := ""
	for _, t := range q.toks {
		if t.meets(noun) {
			word = singular(t.lower)
		}
	}
	return word
}

// restTerms are the question's terms other than the asked noun's.
func restTerms(q *query, noun string) []term {
	var rest []term
	for _, t := range q.terms {
		if !t.matchesStem(noun) {
			rest = append(rest, t)
		}
	}
	return rest
}

// indefiniteKindPhrase is the noun phrase of s after "a" or "an" whose
// head is a kind of word, without the article, with at least one word
// more than word itself ("a plane" says no kind); "" when s has none.
func (e *Engine) indefiniteKindPhrase(s *sentence, word string) string {
	for i, t := range s.toks {
		if t.cap || stopWords[t.lower] || !e.lex.KindOf(singular(t.lower), word) || e.sexOrAge(singular(t.lower)) || e.premodifiesNext(s, i) {
			continue
		}
		j := i
		for j > 0 && e.firstReferenceModifier(s, j-1) {
			j--
		}
		if j == 0 || s.toks[j-1].lower != "a" && s.toks[j-1].lower != "an" {
			continue
		}
		if j == i && e.sameNoun(t, word) {
			continue
		}
		return s.text[s.toks[j].start:t.end]
	}
	return ""
}

// premodifiesNext reports whether token i of s stands before another noun
// of its phrase, which it classifies ("a turboprop engine"), with no
// punctuation between: the next word is a noun WordNet has, not a verb's
// participle ("a turboprop carrying 62 passengers").
func (e *Engine) premodifiesNext(s *sentence, i int) bool {
	if i+1 >= len(s.toks) || s.toks[i].end != s.toks[i+1].start-1 {
		return false
	}
	n := s.toks[i+1]
	if n.cap || stopWords[n.lower] || prepositions[n.lower] || endsIn(n.lower, "ing") || endsIn(n.lower, "ed") {
		return false
	}
	return e.canBe(n.lower, "noun") && !e.canBe(n.lower, "verb")
}

// firstReferenceModifier reports whether token k premodifies the noun
// after it in a first reference: an adjective (kindModifier), a noun,
// which classifies the head ("a harbor tugboat": Quirk et al., §17.108),
// or, within the sentence, a name or a model designation holding a
// figure ("Dashwood Q400"), which AP style puts before the generic noun
// to identify a make and model (AP Stylebook, "aircraft names").
func (e *Engine) firstReferenceModifier(s *sentence, k int) bool {
	if e.kindModifier(s, k) {
		return true
	}
	t := s.toks[k]
	if t.end != s.toks[k+1].start-1 || t.poss || sentenceStart(s, k) || stopWords[t.lower] || determiners[t.lower] {
		return false
	}
	return t.cap || isNumeric(t) || e.canBe(t.lower, "noun")
}

// makeAndModel is the name of a make and model in s, opened by an
// article, with the noun after it when that is a kind of word: "The
// Airbus A220", "a Dashwood Q400 turboprop"; "" when s has none. AP
// style names an aircraft or vehicle by its maker and a model
// designation of letters and figures (AP Stylebook, "aircraft names";
// "Boeing 737"), which says more of its kind than the generic noun.
func (e *Engine) makeAndModel(s *sentence, word string) string {
	for i, t := range s.toks {
		if !e.modelDesignation(s, i) {
			continue
		}
		j := i
		for j > 0 && s.toks[j-1].cap && !stopWords[s.toks[j-1].lower] && !s.toks[j-1].poss && s.toks[j-1].end == s.toks[j].start-1 {
			j--
		}
		if j == i || j == 0 || s.toks[j-1].lower != "a" && s.toks[j-1].lower != "an" && s.toks[j-1].lower != "the" {
			continue // a maker's name opens it, and an article the phrase
		}
		end := t.end
		if k := i + 1; k < len(s.toks) && t.end == s.toks[k].start-1 && !s.toks[k].cap && e.lex.KindOf(singular(s.toks[k].lower), word) {
			end = s.toks[k].end
		}
		return s.text[s.toks[j].start:end]
	}
	return ""
}

// modelDesignation reports whether token i of s is a model designation:
// letters and figures in one word ("A220", "Q400", "F-150"), or figures
// after a capitalised word WordNet has as no noun ("Boeing 737"; "Flight
// 2217" numbers a flight, "Runway 27" a runway, as identifierHeads do).
func (e *Engine) modelDesignation(s *sentence, i int) bool {
	t := s.toks[i]
	if !isNumeric(t) {
		return false
	}
	if strings.IndexFunc(t.text, unicode.IsLetter) >= 0 {
		return !strings.ContainsAny(t.text, ":$%")
	}
	if i == 0 || strings.Trim(t.text, "0123456789-") != "" {
		return false
	}
	p := s.toks[i-1]
	return p.cap && p.end == t.start-1 && !e.canBe(p.lower, "noun")
}
