package lookup

import (
	"maps"
	"slices"
	"strconv"
	"strings"

	"storybot/knowledge"
)

// Classed things (part of stage 1): 'Her best-known work, "Harbor Gate,"
// is a 62-foot arch' classes a named thing by a noun, and a later "the
// arch" refers back to it: a definite noun phrase whose head repeats the
// noun of an earlier classifying complement is anaphoric to its subject
// (Quirk et al., A Comprehensive Grammar, 5.32, anaphoric reference of the
// definite article; 10.8, the subject complement that classifies). People
// are left to their roles (roles.go).

// classNoun is the head noun of the complement "is a/an … N" after the
// name at token k of s, or "": the last word before a preposition, a
// relative word, a participle (regular or irregular) or a comma ("a
// 62-foot arch built from").
func (e *Engine) classNoun(s *sentence, k int) string {
	j := k
	for j < len(s.toks) && (s.toks[j].cap || s.quoted[j] && j == k) {
		j++
	}
	if j+2 >= len(s.toks) || s.toks[j].lower != "is" && s.toks[j].lower != "was" || s.toks[j+1].lower != "a" && s.toks[j+1].lower != "an" {
		return ""
	}
	head := ""
	for i := j + 2; i < len(s.toks) && i < j+6; i++ {
		t := s.toks[i]
		if stopWords[t.lower] || prepositions[t.lower] || t.cap || endsIn(t.lower, "ed") || endsIn(t.lower, "ing") || e.irregularForm(t.lower) {
			break
		}
		head = t.lower
		if i+1 < len(s.toks) && strings.TrimSpace(s.text[t.end:s.toks[i+1].start]) != "" {
			break // a comma or other mark ends the noun phrase
		}
	}
	return head
}

// irregularForm reports whether w is an irregular inflection WordNet
// knows ("built" of build): a participle ending the noun phrase.
func (e *Engine) irregularForm(w string) bool {
	if e.noLex {
		return false
	}
	l := e.lex.Lemma(w)
	return l != "" && l != w
}

// endsIn reports whether w is longer than suffix and ends with it.
func endsIn(w, suffix string) bool {
	return len(w) > len(suffix)+2 && w[len(w)-len(suffix):] == suffix
}

// resolveClassed adds to each body sentence after the classing one the
// named thing its "the N" refers back to, when one thing only is classed
// by N.
func (e *Engine) resolveClassed() {
	classed := map[string][]int{}
	from := map[string]int{}
	for i := range e.r.sents {
		s := &e.r.sents[i]
		for _, x := range s.named {
			if e.a.Entities[x].Kind == knowledge.Person && !e.thingNamed(x) {
				continue
			}
			if n := e.classOrApposedNoun(s, x); n != "" && !contains(classed[n], x) {
				classed[n] = append(classed[n], x)
				if _, ok := from[n]; !ok {
					from[n] = i
				}
			}
		}
	}
	e.classed = map[int][]string{}
	nouns := slices.Sorted(maps.Keys(classed)) // in one order each run: refs keep their order
	for _, n := range nouns {
		xs := classed[n]
		if len(xs) != 1 {
			continue
		}
		e.classed[xs[0]] = append(e.classed[xs[0]], n)
		for i := from[n] + 1; i < len(e.r.sents); i++ {
			s := &e.r.sents[i]
			if s.para == 0 || contains(s.named, xs[0]) || contains(s.refs, xs[0]) {
				continue
			}
			for k := 1; k < len(s.toks); k++ {
				if classedNounAt(s, k, n) {
					s.refs = append(s.refs, xs[0])
					break
				}
			}
		}
	}
}

// thingNamed reports whether an entity the article reads as a person is
// a title in quotation marks, as AP style quotes the names of works of art
// (AP Stylebook, "composition titles"): "Harbor Gate".
func (e *Engine) thingNamed(x int) bool {
	for i := range e.r.sents {
		s := &e.r.sents[i]
		if contains(s.named, x) {
			k := e.position(s, x)
			return k < len(s.quoted) && s.quoted[k]
		}
	}
	return false
}

// anaphoricYear resolves "the next year", "the following year", "the
// previous year" and "the same year" of sentence s to a year, counted from
// the last year the article wrote before it (in s before the phrase, or
// in the sentences before s, back to the paragraph before): these phrases
// take their time from the one last told (Quirk et al. 8.55, anaphoric
// time adverbials), and the answer gives the year they mean. "" when no
// year stands before.
func (e *Engine) anaphoricYear(s *sentence, phrase string) string {
	m := anaphoricYearRe.FindStringSubmatch(strings.ToLower(phrase))
	if m == nil {
		return ""
	}
	at := strings.Index(s.text, phrase)
	if at < 0 {
		return ""
	}
	i := e.indexOf(s)
	text := s.text[:at]
	for {
		if ys := yearRe.FindAllString(text, -1); len(ys) > 0 {
			y, _ := strconv.Atoi(ys[len(ys)-1])
			switch m[1] {
			case "next", "following":
				y++
			case "previous":
				y--
			}
			return strconv.Itoa(y)
		}
		i--
		if i < 0 || e.r.sents[i].para == 0 || e.r.sents[i].para < s.para-1 {
			return ""
		}
		text = e.r.sents[i].text
	}
}

// anaphoricYearRe is a year told from the one before.
var anaphoricYearRe = lazyRE(`^(?:in\s+)?the\s+(next|following|previous|same)\s+year$`)
