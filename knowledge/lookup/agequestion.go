package lookup

import "strconv"

// A question may call a person by the age the article gives them ("who
// is the 18-year-old", "what was the 18-year-old charged with") as the
// article itself may after the name (agerefs.go): a news story gives a
// person's age once, beside the name (AP Stylebook, "ages"), and "the
// N-year-old" is then a second reference to the one person of that age,
// as definite as the name.

// ageDescribed makes the one person the article gives age N the subject
// of a question that calls someone "the N-year-old", and its words a name
// rather than terms the answer must hold; a question naming another
// person, or an age the article gives to none or several, is left as it
// is.
func (e *Engine) ageDescribed(q *query) {
	for k := 1; k < len(q.toks); k++ {
		m := yearOld.FindStringSubmatch(q.toks[k].lower)
		if m == nil || q.toks[k-1].lower != "the" {
			continue
		}
		n, _ := strconv.Atoi(m[1])
		xs := e.byAge[n]
		if len(xs) != 1 || len(q.subjects) > 0 && !contains(q.subjects, xs[0]) {
			continue
		}
		if !contains(q.subjects, xs[0]) {
			q.subjects = append(q.subjects, xs[0])
		}
		if q.nameToks == nil {
			q.nameToks = map[int]bool{}
		}
		q.nameToks[k] = true
	}
}
