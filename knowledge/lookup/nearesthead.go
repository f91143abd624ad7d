package lookup

// "The department" among several (part of stage 1): news writing names
// an organisation in full and then calls it by its head noun ("the
// Kansas Department of Agriculture", then "the department"; AP
// Stylebook, "second reference"), and also sets that noun before a role
// ("a department spokeswoman": the department's spokeswoman). Where the
// article names two organisations of one head ("the Kansas Department
// of Agriculture", "the Kansas Department of Transportation"), the noun
// refers to the one named last before it: a definite description takes
// the nearest antecedent it fits (Halliday and Hasan, "Cohesion in
// English", 1976, §2.4), and the story names the other again to switch.

// resolveNearestHeads ties "the <head>" and "a <head> <noun>" in a body
// sentence to the organisation of that head named last before it, for
// each head noun two or more of the article's
// organisations share (resolveHeads ties a head only one has).
func (r *reading) resolveNearestHeads() {
	for h, xs := range r.orgsByHead() {
		if len(xs) > 1 {
			r.tieNearestHead(h, xs)
		}
	}
}

// tieNearestHead adds to the refs of each body sentence that names none
// of xs but says "the h" or "a h" the one of xs named last before it.
func (r *reading) tieNearestHead(h string, xs []int) {
	last := -1
	for i := range r.sents {
		s := &r.sents[i]
		if s.para == 0 {
			continue
		}
		if x := lastNamedOf(s, xs); x >= 0 {
			last = x
			continue
		}
		if last >= 0 && !contains(s.refs, last) && saysHead(s, h) {
			s.refs = append(s.refs, last)
		}
	}
}

// lastNamedOf is the last of xs that s names, or -1.
func lastNamedOf(s *sentence, xs []int) int {
	found := -1
	for _, x := range s.named {
		if contains(xs, x) {
			found = x
		}
	}
	return found
}

// saysHead reports whether s writes head noun h in lower case after "the",
// "a" or "an" as the subject that opens the sentence ("The department
// said", "A department spokeswoman, …") or the clause a speech verb
// reports ("…, said the department learned"). The subject carries on
// what the sentences before were about (Grosz, Joshi and Weinstein,
// "Centering: a framework for modeling the local coherence of
// discourse", 1995), so it takes the nearest antecedent; a head inside a
// phrase ("other members of the committee") may mean another body.
func saysHead(s *sentence, h string) bool {
	for k := 1; k < len(s.toks); k++ {
		t := s.toks[k]
		if t.lower != h || t.cap {
			continue
		}
		switch d := s.toks[k-1].lower; {
		case k == 1 && (d == "the" || d == "a" || d == "an"):
			return true
		case k >= 2 && d == "the" && speechVerbs[s.toks[k-2].lower]:
			return true
		}
	}
	return false
}
