package lookup

import (
	"slices"
	"strconv"
	"strings"
)

// The members of a plural description (part of stage 4, who-questions).
// "who r the cavers", "who were the judges, names pls" ask for every
// person the article names under a plural noun. News writing gives them
// three ways: in apposition to the plural ("Two judges, Cornell professor
// Ruth Abernathy and NASA engineer Carl Weems,"; "seniors Hannah Schulte
// and Marcus Obi"), a plural noun in apposition agreeing in number with
// a coordination of names (Quirk et al. 1985, §17.65–17.72, and §13.60
// on coordinated noun phrases); on a later reference, "the three
// volunteers" or "the two researchers" standing for the people the
// sentence before names together (Halliday & Hasan 1976, §2.4
// anaphoric reference; AP Stylebook, second reference); and in a lead
// that describes before it names ("three volunteer divers spotted …"),
// named in the next sentence (AP's delayed identification). A numeral
// in the description must agree with the count of names. The answer
// names every member, in the article's order.

// pluralWho opens a question asking who the members of a described
// group are: "who are the", "who r the", "who all were their".
var pluralWho = lazyRE(`^\W*(?:(?:hey|ok|so|and)\W+)*who\s+(?:(?:are|were|r)\s+)?(?:all\s+)?(?:the|their|those)\s`)

// npEnders end the asked noun phrase: a relative pronoun, or the chat
// request for names that may follow it ("who were the judges names pls").
var npEnders = set("who", "that", "which", "names", "name", "pls", "plz", "please")

// pluralAsked is the plural person noun a question asks the members of
// ("who are the college students": "students") with the words before it
// in its noun phrase ("college"); "" when the question is not of that
// shape.
func (e *Engine) pluralAsked(q *query) (string, []string) {
	raw := strings.ToLower(q.raw)
	at := pluralWho.FindStringIndex(raw)
	if at == nil {
		return "", nil
	}
	toks := tokenize(raw)
	k := slices.IndexFunc(toks, func(t token) bool { return t.start >= at[1] })
	if k < 0 {
		return "", nil
	}
	var np []string
	for ; k < len(toks); k++ {
		w := toks[k].lower
		if prepositions[w] || npEnders[w] {
			break
		}
		np = append(np, w)
		if k+1 < len(toks) && strings.ContainsAny(raw[toks[k].end:toks[k+1].start], ",?!") {
			break
		}
	}
	if len(np) == 0 || len(np) > 4 {
		return "", nil
	}
	head := np[len(np)-1]
	if !e.personPlural(head) {
		return "", nil
	}
	return head, np[:len(np)-1]
}

// pluralMembers answers "who are the <plural>" with the people the
// article names under that description.
func (e *Engine) pluralMembers(q *query) (reply, bool) {
	head, mods := e.pluralAsked(q)
	if head == "" {
		return reply{}, false
	}
	for k := range e.r.sents {
		s := &e.r.sents[k]
		if s.part != "" {
			continue
		}
		for i, t := range s.toks {
			if t.lower != head || s.quoted != nil && s.quoted[i] || !modifiedBy(s, i, mods) {
				continue
			}
			n := countBefore(s, i)
			if ms := e.apposedMembers(s, i); len(ms) >= 2 && (n == 0 || n == len(ms)) {
				return e.membersReply(ms, s), true
			}
			if r, ok := specifiedMembers(s, i); ok {
				return r, true
			}
			if len(e.personMentions(s)) > 0 || i > 0 && s.toks[i-1].lower == "other" {
				continue // "the other finalists" are not the ones just named
			}
			var other *sentence
			switch {
			case definiteAt(s, i) && k > 0:
				other = &e.r.sents[k-1] // "The three volunteers marked the spot": those just named
			case n > 0 && k+1 < len(e.r.sents) && s == e.leadSentence():
				other = &e.r.sents[k+1] // "three volunteer divers spotted …": named next
			}
			if other == nil || other.part != "" {
				continue
			}
			if ms := e.groupMembers(other); len(ms) >= 2 && (n == len(ms) || n == 0 && e.groupDescribedAs(other, head)) {
				return e.membersReply(ms, other, s), true
			}
		}
	}
	return reply{}, false
}

// groupDescribedAs reports whether s, the sentence before "the students",
// already describes its people by the plural or by a hyponym of it
// ("seniors … and juniors" are students; WordNet hypernymy, the
// superordinate of Halliday & Hasan 1976, §6.2): without a numeral to
// agree, only that ties the later description to them.
func (e *Engine) groupDescribedAs(s *sentence, head string) bool {
	sg := singular(head)
	for _, t := range s.toks {
		if stemsMeet(t.stem, stemOf(head)) || !e.noLex && t.lower != sg && e.lex.KindOf(singular(t.lower), sg) {
			return true
		}
	}
	return false
}

// specifiedMembers reads "The other finalists were Westlake Academy of
// Austin and a team from Monterrey": a specifying "be" after the plural
// subject gives its members as the complement (Huddleston & Pullum 2002,
// ch. 4 §5.5, specifying be; Quirk et al. 1985, §10.8), here one that
// opens with a name.
func specifiedMembers(s *sentence, i int) (reply, bool) {
	if i+2 >= len(s.toks) || !specifyingBe[s.toks[i+1].lower] || !s.toks[i+2].cap || s.quoted != nil && s.quoted[i] {
		return reply{}, false
	}
	if strings.TrimSpace(s.text[s.toks[i].end:s.toks[i+1].start]) != "" {
		return reply{}, false
	}
	c := strings.TrimRight(strings.TrimSpace(s.text[s.toks[i+2].start:]), ".")
	if !strings.Contains(c, " and ") {
		return reply{}, false
	}
	return reply{found: true, head: c + ".", used: []*sentence{s}}, true
}

// specifyingBe are the forms of "be" (and "include") that introduce
// the members of a plural subject.
var specifyingBe = set("were", "are", "included", "include")

// membersReply names people ms, citing sentences ss in the article's order.
func (e *Engine) membersReply(ms []int, ss ...*sentence) reply {
	var names []string
	for _, x := range ms {
		names = append(names, e.a.Entities[x].Name)
	}
	if len(ss) == 2 && e.sentIndex(ss[1]) < e.sentIndex(ss[0]) {
		ss[0], ss[1] = ss[1], ss[0]
	}
	return reply{found: true, head: joinNames(names) + ".", used: ss}
}

// sentIndex is s's place among the article's sentences.
func (e *Engine) sentIndex(s *sentence) int {
	for k := range e.r.sents {
		if &e.r.sents[k] == s {
			return k
		}
	}
	return -1
}

// modifiedBy reports whether every word the question puts before its
// plural stands among the three words before token i of s.
func modifiedBy(s *sentence, i int, mods []string) bool {
	for _, m := range mods {
		if numberWords[m] > 0 || stopWords[m] {
			continue
		}
		ok := false
		for j := max(0, i-3); j < i; j++ {
			ok = ok || stemsMeet(s.toks[j].stem, stemOf(m))
		}
		if !ok {
			return false
		}
	}
	return true
}

// countBefore is the cardinal among the three words before token i of s
// ("Two judges", "the three volunteers"); 0 when none.
func countBefore(s *sentence, i int) int {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if n, ok := numberWords[s.toks[j].lower]; ok && n >= 2 && n == float64(int(n)) {
			return int(n)
		}
		if n, err := strconv.Atoi(s.toks[j].lower); err == nil && n >= 2 && n < 20 {
			return n
		}
	}
	return 0
}

// definiteAt reports whether the plural at token i opens its sentence
// behind "the", perhaps with a numeral ("The three volunteers …").
func definiteAt(s *sentence, i int) bool {
	return i >= 1 && i <= 3 && s.toks[0].lower == "the"
}

// apposedMembers are the people named in apposition to the plural at
// token i of s: right after it ("seniors Hannah Schulte and Marcus
// Obi") or after a comma, dash or colon, each perhaps behind a title of
// their own ("Two judges, Cornell professor Ruth Abernathy and …").
func (e *Engine) apposedMembers(s *sentence, i int) []int {
	ms := e.personMentions(s)
	for a, m := range ms {
		if m.from <= i {
			continue
		}
		gap := strings.TrimSpace(s.text[s.toks[i].end:s.toks[m.from].start])
		rest := strings.TrimLeft(gap, ",—–:- ")
		if rest != gap && len(gap)-len(rest) > 3 || m.from-i > 5 {
			return nil
		}
		if rest != "" && titleBefore(rest+" ", e.isPersonNoun, e.canPremodify) == "" && !e.titleRun(s, i+1, m.from) {
			return nil
		}
		return e.chain(s, ms[a:], false)
	}
	return nil
}

// groupMembers are the people the sentence names together, from its
// first person on, across plural titles of their own ("seniors … and
// juniors …", "Hopper, 67, and two college students, Ana Souza and …").
func (e *Engine) groupMembers(s *sentence) []int {
	return e.chain(s, e.personMentions(s), true)
}

// chain is the first of ms with those conjoined with it in turn.
func (e *Engine) chain(s *sentence, ms []mention, plural bool) []int {
	if len(ms) == 0 {
		return nil
	}
	out := []int{ms[0].who}
	for a := 1; a < len(ms); a++ {
		if !joined(s, ms[a-1], ms[a]) && !e.titledLink(s, ms[a-1], ms[a], plural) {
			break
		}
		out = append(out, ms[a].who)
	}
	return out
}

// titledLink reports whether "and" and a title of the next person's
// own join two names ("Dale Kremer and volunteer engineer Sofia
// Lindgren"); with plural, also a plural description of the people
// after it ("and juniors Elena Voss", "and two college students, Ana").
func (e *Engine) titledLink(s *sentence, a, b mention, plural bool) bool {
	k := a.to
	for k < b.from && isDigits(s.toks[k].lower) {
		k++ // the age set off by commas
	}
	if k >= b.from || s.toks[k].lower != "and" || b.from-k > 5 {
		return false
	}
	last := s.toks[b.from-1].lower
	if !plural && strings.Contains(s.text[s.toks[k].end:s.toks[b.from].start], ",") {
		return false
	}
	if !e.titleRun(s, k+1, b.from) {
		return false
	}
	return !e.personPlural(last) || plural
}

// personPlural reports whether w is the plural of a person noun:
// "judges", "coaches" (-es after a sibilant), "women" (-men; Quirk et
// al. 1985, §5.78–5.84 on regular and irregular plurals).
func (e *Engine) personPlural(w string) bool {
	for _, sg := range []string{singular(w), strings.TrimSuffix(w, "es")} {
		if sg != w && e.isPersonNoun(sg) {
			return true
		}
	}
	if strings.HasSuffix(w, "men") && e.isPersonNoun(strings.TrimSuffix(w, "men")+"man") {
		return true
	}
	sg := singular(w)
	return sg != w && len(sg) > 4 && agentSuffix(sg)
}

// agentSuffix reports whether w ends in an agentive suffix, -er, -or or
// -ist, which make personal nouns of verbs and nouns ("caver",
// "quilter", "finalist"; Quirk et al. 1985, App. I.34 and I.36): names
// WordNet lacks.
func agentSuffix(w string) bool {
	return strings.HasSuffix(w, "er") || strings.HasSuffix(w, "or") || strings.HasSuffix(w, "ist")
}

// titleRun reports whether tokens [from, to) of s are description words
// ending in a person noun, with no function word but a numeral.
func (e *Engine) titleRun(s *sentence, from, to int) bool {
	if from >= to {
		return false
	}
	for j := from; j < to; j++ {
		w := s.toks[j].lower
		if stopWords[w] && numberWords[w] == 0 || s.toks[j].poss {
			return false
		}
	}
	last := strings.TrimSuffix(s.toks[to-1].lower, ".")
	return isTitleWord(last) || e.isPersonNoun(singular(last))
}

// isDigits reports whether w is all digits.
func isDigits(w string) bool {
	return w != "" && strings.Trim(w, "0123456789") == ""
}
