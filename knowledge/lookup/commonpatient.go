package lookup

// Unnamed patients (part of stage 4, who-questions in the passive). News
// writing often withholds the names of the dead, the hurt and the
// arrested ("pending notification of relatives") and tells who they were
// by a description instead: "The driver, a 58-year-old man from Burke,
// and a 16-year-old student were killed"; "A 34-year-old Tacoma man was
// arrested" (AP Stylebook, "identification": victims and suspects may be
// identified by age, hometown and occupation). Asked "who was killed",
// when no sentence names the one who underwent the act, the reader is
// owed that description, the passive's subject (Quirk et al. 1985,
// §3.63), as commonDoer gives an unnamed doer.

// patientPhraseStart is where the subject ending at token k begins: after
// the dateline, the last verb of saying or the last subordinating word
// before it ("Police said a 34-year-old man …"), but across "and" and
// commas, which coordinate and appose noun phrases within it.
func patientPhraseStart(s *sentence, k int) int {
	from := datelineEnd(s)
	for j := from; j < k; j++ {
		w := s.toks[j].lower
		if speechVerbs[w] || w != "and" && w != "or" && clauseJoints[w] {
			from = j + 1
		}
	}
	return from
}
