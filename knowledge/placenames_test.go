package knowledge

import "testing"

// TestPlaceNamesAreNotPeople: a name opened by a place's generic term or a
// saint's title, a numbered road, a legislator's party-and-hometown tag
// and a weekday before a place's head noun name places and institutions;
// an obituary's "Born" names its subject at birth.
func TestPlaceNamesAreNotPeople(t *testing.T) {
	text := "Ferry pilot dies at 80\n\n" +
		"MILLBROOK, Ore. (AP) — Walt Osgood, who piloted ferries on Mount Hood Lake for 40 years, died Sunday at St. Agnes' Hospital. He was 80.\n\n" +
		"Born Walter James Osgood in Friday Harbor, Washington, he moved south after the war and built a cabin near Lake Tahoma off Route 9.\n\n" +
		"State Rep. Nora Quill, D-Cedar Falls, said he knew every bend of the river. \"He was the lake,\" Quill said.\n\n" +
		"A service will be held at St. Clement Church, Osgood's family said.\n"
	checkEntities(t, text, []entityCase{
		{name: "Walt Osgood", kind: Person, aliases: []string{"Osgood", "Walter James Osgood"}},
		{name: "Lake Tahoma", kind: Place, not: []string{"Tahoma"}},
		{name: "St. Agnes' Hospital", kind: Organisation, aliases: []string{"St. Agnes"}},
		{name: "St. Clement Church", kind: Organisation},
		{name: "Route 9", kind: Place},
		{name: "Friday Harbor", kind: Place},
		{name: "Cedar Falls", kind: Place},
		{name: "Nora Quill", kind: Person},
	})
}
