package lookup

import (
	"fmt"
	"strings"
)

// A role left (part of stage 4, yes and no). News writing names a person
// by the title held at the time of the act it reports (AP Stylebook,
// "titles"), so "Oakdale's fire chief, Mark Tully, resigned Monday" and
// "Parks Director Tom Reyes was fired" give a title in the same sentence
// that says it ended. "Is Tully (still) the fire chief" is then answered
// No: a verb of leaving an office, in the past and not denied, with the
// person as its subject, ends the role that its sentence gives them.
//
// The verbs are WordNet 3.0's for giving up a position or being removed
// from one, by synset and gloss: {leave office, quit, step down, resign}
// "give up or retire from a position"; {retire} "go into retirement; stop
// performing one's work or withdraw from one's position"; {fire, dismiss,
// sack, force out, terminate, …} "terminate the employment of; discharge
// from an office or position"; {oust, expel, …} "remove from a position
// or office"; {depose, force out} "force to leave (an office)"; {remove}
// "remove from a position or an office".

// leftActive are those verbs' past forms with the person as the active
// subject, two-word ones by their first word and particle.
var leftActive = map[string]string{"resigned": "", "quit": "", "retired": "", "stepped": "down"}

// leftPassive are the past participles of those verbs whose passive
// subject is the person removed.
var leftPassive = set("fired", "dismissed", "sacked", "terminated", "ousted", "expelled", "deposed", "removed", "forced")

// leftRoleQuestion is "is X (still) (a|the) <role> (now)?", in the
// present: what X is now. The role may come without an article ("is she
// still parks director": AP's title before a name takes none).
var leftRoleQuestion = lazyRE(`^\W*(?:\w+\W+){0,6}?(?:is|are)\s+(.+?)\s+(?:still\s+)?(?:(?:a|an|the)\s+)?([a-z][\w .'-]*?)(?:\s+(?:anymore|now|today))?\W*$`)

// leftRole answers "is X (still) a <role>" with No when a sentence gives
// X that role and says X left it.
func (e *Engine) leftRole(q *query) (reply, bool) {
	m := leftRoleQuestion.FindStringSubmatch(strings.ToLower(q.raw))
	if m == nil || q.negated || !e.hasPersonOf(q.subjects, 0) || locativeComplement(m[1]) {
		return reply{}, false
	}
	asked := tokenize(m[2])
	if len(asked) == 0 {
		return reply{}, false
	}
	noun := asked[len(asked)-1].stem
	x := q.subjects[0]
	for i := range e.r.sents {
		s := &e.r.sents[i]
		if !contains(s.named, x) {
			continue
		}
		if v := e.officeLeft(s, x); v >= 0 && e.leftRoleNamed(s, v, noun) {
			head := fmt.Sprintf("No — %s %s.", e.shortName(x), leftWording(s, v))
			return reply{found: true, head: head, used: []*sentence{s}}, true
		}
	}
	return reply{}, false
}

// officeLeft is the index of a verb of leaving whose subject is a name
// form of x in s, past an appositive after the name and auxiliaries, or
// -1; an appositive after the name is skipped unless the name is itself
// the appositive ("Oakdale's fire chief, Mark Tully, resigned"). A future, an infinitive or a denial ("will step down", "refused to
// resign", "has not resigned") leaves the role held.
func (e *Engine) officeLeft(s *sentence, x int) int {
	for i := 0; i < len(s.toks); i++ {
		n := e.formAt(s, x, i)
		if n == 0 {
			continue
		}
		if v := leftNominalOf(s, i); v >= 0 {
			return v // "after the retirement of co-founder Victor Arcturo"
		}
		j := i + n
		if j < len(s.toks) && commaBetween(s, j-1, j) && (i == 0 || !commaBetween(s, i-1, i)) {
			for j++; j < len(s.toks) && j < i+n+14 && !commaBetween(s, j-1, j); j++ {
			}
		}
		for ; j < len(s.toks) && passiveAux[s.toks[j].lower]; j++ {
			switch s.toks[j].lower {
			case "will", "would", "to", "not", "be", "being":
				j = len(s.toks) // a future, an intention or a denial: not left
			}
		}
		if j >= len(s.toks) {
			continue
		}
		if i+n-1 < len(s.toks) && s.toks[i+n-1].poss && leftNominal(s, i, j) {
			return j // "led to Flynn's resignation last month"
		}
		w, passive := s.toks[j].lower, passiveAt(s.toks, j)
		if particle, ok := leftActive[w]; ok && !passive && (particle == "" || j+1 < len(s.toks) && s.toks[j+1].lower == particle) {
			return j
		}
		if passive && leftPassive[w] && (w != "forced" || j+1 < len(s.toks) && s.toks[j+1].lower == "out") {
			return j
		}
	}
	return -1
}

// leftNouns are the nouns WordNet 3.0 derives from those verbs of
// leaving an office (resignation ← resign, retirement ← retire, firing
// and dismissal ← fire and dismiss, ouster ← oust, removal ← remove).
var leftNouns = map[string]string{"resignation": "resigned", "retirement": "retired", "firing": "was fired",
	"dismissal": "was dismissed", "ouster": "was ousted", "removal": "was removed"}

// leftTold are the words before a genitive subject of a leaving noun
// that tell the leaving as done: a preposition of time before the main
// clause's time ("after", "following", "since"; Quirk et al., §9.21), and
// verbs that take the event as given ("led to", "prompted", "accepted").
// "Called for Sessions' resignation" tells none.
var leftTold = set("after", "following", "since", "prompted", "accepted")

// leftNominal reports whether the name at token i of s, a genitive, is
// the subject of a leaving noun at token j that s tells as done:
// "revelations … led to Flynn's resignation last month".
func leftNominal(s *sentence, i, j int) bool {
	if j >= len(s.toks) || i == 0 {
		return false
	}
	if _, ok := leftNouns[s.toks[j].lower]; !ok {
		return false
	}
	k := i - 1
	for k > 0 && s.toks[k].cap {
		k-- // past a title before the name ("led to Parks Director Dale Orton's resignation")
	}
	return leftToldAt(s, k)
}

// leftToldAt reports whether the word at k tells the leaving after it as
// done: one of leftTold, or "to" after "led" or "leading".
func leftToldAt(s *sentence, k int) bool {
	b := s.toks[k].lower
	return leftTold[b] || b == "to" && k >= 1 && (s.toks[k-1].lower == "led" || s.toks[k-1].lower == "leading")
}

// leftNominalOf is the index of a leaving noun whose of-phrase holds the
// name at token i, past up to three words of title ("after the retirement
// of co-founder Victor Arcturo"; the of-phrase of an action noun is its
// subject, Quirk et al., §17.54), when s tells the leaving as done, or -1.
func leftNominalOf(s *sentence, i int) int {
	k := i - 1
	for k > 0 && k >= i-3 && s.toks[k].lower != "of" && !commaBetween(s, k, k+1) {
		k--
	}
	if k < 3 || s.toks[k].lower != "of" || commaBetween(s, k, k+1) {
		return -1
	}
	v := k - 1
	if _, ok := leftNouns[s.toks[v].lower]; !ok || s.toks[v-1].lower != "the" {
		return -1
	}
	if !leftToldAt(s, v-2) {
		return -1
	}
	return v
}

// leftRoleNamed reports whether the role left at verb v of s is the one
// asked (its head noun's stem): the role named after the verb's "from"
// or "as" ("resigned from the library board"), or, with none, a word of
// the sentence that gives the title.
func (e *Engine) leftRoleNamed(s *sentence, v int, noun string) bool {
	from := v + 1
	for from < len(s.toks) && (s.toks[from].lower == "down" || s.toks[from].lower == "out") {
		from++
	}
	if from < len(s.toks) && (s.toks[from].lower == "from" || s.toks[from].lower == "as") {
		for k := from + 1; k < len(s.toks) && k < from+8 && !commaBetween(s, k-1, k); k++ {
			if s.toks[k].meets(noun) {
				return true
			}
		}
		return false
	}
	if w := s.toks[v].lower; w == "retired" || w == "retirement" {
		return true // retiring from no named post ends one's work (WordNet retire v.2, "stop performing one's work")
	}
	for k := range s.toks[:v] {
		if s.toks[k].meets(noun) {
			return true
		}
	}
	return false
}

// leftWording is the verb of leaving at v as the sentence writes it,
// with its particle: "resigned", "stepped down", "was fired".
func leftWording(s *sentence, v int) string {
	if told, ok := leftNouns[s.toks[v].lower]; ok {
		return told // "Flynn's resignation": resigned
	}
	w := s.toks[v].text
	if v+1 < len(s.toks) {
		if l := s.toks[v+1].lower; l == "down" || l == "out" {
			w += " " + s.toks[v+1].text
		}
	}
	if leftPassive[s.toks[v].lower] {
		w = "was " + w
	}
	return w
}

// roleLeftIn is how the first describing role of rs, given to person x,
// ended in its own sentence ("resigned", "was fired"), or "" when that
// sentence does not say it ended: "who is Tully" is then told what he
// was, not what he is.
func (e *Engine) roleLeftIn(rs []role, x int) string {
	for _, r := range rs {
		if courtesyTitles[strings.ToLower(strings.TrimSuffix(r.text, "."))] {
			continue
		}
		words := tokenize(r.text)
		if len(words) == 0 {
			return ""
		}
		if v := e.officeLeft(r.s, x); v >= 0 && e.leftRoleNamed(r.s, v, words[len(words)-1].stem) {
			return leftWording(r.s, v)
		}
		return ""
	}
	return ""
}
