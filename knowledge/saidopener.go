package knowledge

import "strings"

// A reporting verb in the past opening a capitalised run is no word of a
// name or title: "Added Deputy Chief Bob Ruiz, who flew the helicopter:
// \"…\"" opens with its verb and has its subject after it (Quirk et al.
// 1985, §15.50 on the reporting clause of direct speech; frontedsaid.go),
// so the capital of "Added" comes from the sentence's start, and the
// title is "Deputy Chief", not "Added Deputy Chief". Only the -ed forms
// are dropped: an English past form in -ed is a verb or an adjective,
// never a noun (Quirk et al. 1985, §3.5 on the -ed form), while some
// present forms are nouns that open names ("Rules Committee").

// saidOpener reports whether the word key k is a reporting verb's -ed
// form (speechVerbs).
func saidOpener(k string) bool {
	return speechVerbs[k] && strings.HasSuffix(k, "ed")
}
