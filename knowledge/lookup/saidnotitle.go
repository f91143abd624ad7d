package lookup

// A verb of saying is no word of a title (part of stage 1, reading):
// "Said Regional Supervisor Joan Whitacre: \"…\"" opens with its verb,
// the subject after it (Quirk et al. 1985, §15.50 on the reporting
// clause of direct speech, "said John"), so the capital of "Said" comes
// from the sentence's start, and the title before the name is "Regional
// Supervisor", not "Said Regional Supervisor". A title is a noun phrase
// (AP Stylebook, "titles"), and a finite verb ends it.

// saidTitleEnd reports whether a title word run read backwards from a name
// must stop at the word l: a verb of saying (speechVerbs).
func saidTitleEnd(l string) bool {
	return speechVerbs[l]
}
