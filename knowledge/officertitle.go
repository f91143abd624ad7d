package knowledge

// Posts of law and of a ship's command that news writing puts before a
// name as a title ("Warden Hunter Ames", "Ranger Wesley Booth", "Skipper
// Wade Coffin"). A formal title is capitalised before a name (AP
// Stylebook, "titles"), so the capitalised word begins the run, and
// "Skipper" and "Warden" are also given names (names/male.txt), so the
// run "Skipper Wade Coffin" read as one person's three names, and a
// quotation's speaker became "Skipper Wade Coffin". Only the singular is
// a title here: a plural ("the Texas Rangers") names a body, not a post.

// officerTitles are the lemmas of WordNet 3.1's hyponyms of "lawman, law
// officer, peace officer" that are written before a name and that
// titleWords lacks (warden, ranger of the Texas Rangers, trooper,
// patrolman), with "skipper" from the synset "master, captain, sea
// captain, skipper" (a ship's master), whose "captain" titleWords holds.
var officerTitles = toSet("warden", "ranger", "trooper", "patrolman", "skipper")
