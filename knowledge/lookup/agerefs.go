package lookup

import (
	"slices"
	"strconv"
	"strings"

	"storybot/knowledge"
)

// A news story gives a person's age once, beside the name ("Mara Ekholm,
// 16," or "16-year-old Mara Ekholm"; AP Stylebook, "ages"), and may then
// refer to the person by it: "the 16-year-old won the final". Such a
// description is a second reference to the one person of that age.

// appositiveAge is the age set off by commas right after a name.
var appositiveAge = lazyRE(`^,\s+(\d{1,3}),`)

// yearOld is a compound adjective of age: "16-year-old".
var yearOld = lazyRE(`^(\d{1,3})-year-old$`)

// resolveAges ties "the N-year-old" to the one person the article gives
// age N.
func (e *Engine) resolveAges() {
	byAge := map[int][]int{}
	add := func(n, x int) {
		if !contains(byAge[n], x) {
			byAge[n] = append(byAge[n], x)
		}
	}
	for i := range e.r.sents {
		s := &e.r.sents[i]
		for _, x := range s.named {
			if e.a.Entities[x].Kind != knowledge.Person {
				continue
			}
			for _, sp := range e.nameSpans(s, x) {
				if m := appositiveAge.FindStringSubmatch(s.text[sp[1]:]); m != nil {
					n, _ := strconv.Atoi(m[1])
					add(n, x)
				}
				if k := tokenEndingBefore(s, sp[0]); k >= 0 {
					if m := yearOld.FindStringSubmatch(s.toks[k].lower); m != nil {
						n, _ := strconv.Atoi(m[1])
						add(n, x)
					}
				}
			}
		}
		for k, t := range s.toks {
			if m := yearOld.FindStringSubmatch(t.lower); m != nil && k > 0 && s.toks[k-1].lower == "the" {
				if x := e.appositiveNameAfter(s, k); x >= 0 {
					n, _ := strconv.Atoi(m[1])
					add(n, x)
					e.noteDescription(i, k, x) // "The 17-year-old who started a petition, Aiden Brooks,"
				}
			}
		}
	}
	e.byAge = byAge
	for i := range e.r.sents {
		s := &e.r.sents[i]
		for k := 1; k < len(s.toks); k++ {
			m := yearOld.FindStringSubmatch(s.toks[k].lower)
			if m == nil || s.toks[k-1].lower != "the" {
				continue
			}
			n, _ := strconv.Atoi(m[1])
			if xs := byAge[n]; len(xs) == 1 && !contains(s.named, xs[0]) {
				if !contains(s.refs, xs[0]) {
					s.refs = append(s.refs, xs[0])
				}
				e.noteDescription(i, k, xs[0])
			}
		}
	}
}

// tokenEndingBefore is the index of the token of s that ends right before
// byte at (with one space between), or -1.
func tokenEndingBefore(s *sentence, at int) int {
	for k, t := range s.toks {
		if t.end < at && at-t.end <= 1 {
			return k
		}
	}
	return -1
}

// describedSubject is the person a description ("the N-year-old", "the
// city manager") before token m of s
// refers to, when no name stands between it and m but in the
// description's own modifiers (subjectmodifier.go): the subject of the
// clause m is the verb of, as English puts the doer before the verb
// (Quirk et al. 1985, §2.13). -1 when there is none.
func (e *Engine) describedSubject(s *sentence, m int) int {
	i := e.indexOf(s)
	for k := m - 1; k >= 0; k-- {
		if x, ok := e.descRefs[[2]int{i, k}]; ok {
			return x
		}
		if inSubjectModifier(s, k, m) {
			continue
		}
		for _, p := range s.named {
			if e.formAt(s, p, k) > 0 {
				return -1
			}
		}
	}
	return -1
}

// firstOf is the smallest of ks, or -1 when there is none.
func firstOf(ks []int) int {
	if len(ks) == 0 {
		return -1
	}
	return slices.Min(ks)
}

// noteDescription records that token k of sentence i describes person x.
func (e *Engine) noteDescription(i, k, x int) {
	if e.descRefs == nil {
		e.descRefs = map[[2]int]int{}
	}
	e.descRefs[[2]int{i, k}] = x
}

// appositiveNameAfter is the person named right after a comma that
// follows description token k of s, with no other person named between
// ("The 17-year-old who started an online petition, Aiden Brooks, said"):
// a name in apposition to the description it follows (Quirk et al. 1985,
// §17.65), or -1.
func (e *Engine) appositiveNameAfter(s *sentence, k int) int {
	first, at := -1, len(s.text)
	for _, x := range s.named {
		if e.a.Entities[x].Kind != knowledge.Person {
			continue
		}
		for _, sp := range e.nameSpans(s, x) {
			if sp[0] > s.toks[k].end && sp[0] < at {
				first, at = x, sp[0]
			}
		}
	}
	if first < 0 || !strings.HasSuffix(strings.TrimSpace(s.text[:at]), ",") || !closesDescription(s, k, at) {
		return -1
	}
	return first
}

// closesDescription reports whether the comma before byte at closes the
// description whose age is token k of s: the description's noun words
// run up to it, or a relative clause opens right after them ("The
// 17-year-old who started a petition,"). A comma after a verb's object
// ("the 68-year-old baker will … hand the keys to his daughter,
// Anneliese Brenneke") sets off that object's own appositive.
func closesDescription(s *sentence, k, at int) bool {
	j := k + 1
	for j < len(s.toks) && j <= k+3 && s.toks[j].start < at && !punctuatedBetween(s.text, s.toks, j) && !subjectRelatives[s.toks[j].lower] && !stopWords[s.toks[j].lower] {
		j++
	}
	return j < len(s.toks) && (s.toks[j].start >= at || subjectRelatives[s.toks[j].lower])
}
