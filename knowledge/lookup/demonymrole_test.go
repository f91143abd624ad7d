package lookup

import "testing"

// TestCountryGenitiveMeetsDemonym checks that a role asked with the
// genitive of a country the article names finds the person it introduces with the
// country's adjective, and only them.
func TestCountryGenitiveMeetsDemonym(t *testing.T) {
	e := engineOf(t, "Fishing talks stall in Halifax\n\nHALIFAX, Nova Scotia (AP) — Talks on North Atlantic cod quotas stalled Tuesday after two days in Halifax.\n\nCanadian Fisheries Minister Ana Roy said Canada would not accept deeper cuts. Norway sent its deputy minister, Lars Berg.\n\nThe talks resume in Norway in March.\n")
	checkAnswers(t, e, []answerCase{
		{"who is canada's fisheries minister", []string{"Ana Roy"}, []string{"Lars Berg."}},
	})
	checkRefusals(t, e, "who is mexico's fisheries minister")
}
