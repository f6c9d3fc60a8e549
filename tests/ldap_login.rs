//! Logging in with the county's directory: a real OpenLDAP (`slapd`) on loopback. Roles and
//! departments come from the directory's groups at every login; users the directory marks
//! as disabled, users in none of mailroom's groups, wrong and empty passwords are refused;
//! `mailroom user disable` locks a directory account out; a directory that is down answers
//! 503, not "wrong password".

mod common;

use common::http::*;
use common::slapd::{Slapd, SUFFIX};
use common::*;
use mailroom_testdata as gen;
use mailroom_testdata::Topic;

const PW: &str = "Herbst-2026-Verwaltung";
const SERVICE_PW: &str = "service-account-secret";

fn person(uid: &str, extra: &str) -> String {
    format!(
        "dn: uid={uid},ou=people,{SUFFIX}\nobjectClass: inetOrgPerson\nuid: {uid}\ncn: {uid}\n\
         sn: {uid}\nuserPassword: {PW}\n{extra}\n"
    )
}

fn group(cn: &str, members: &[&str]) -> String {
    let mut g = format!("dn: cn={cn},ou=groups,{SUFFIX}\nobjectClass: groupOfNames\ncn: {cn}\n");
    for m in members {
        g.push_str(&format!("member: uid={m},ou=people,{SUFFIX}\n"));
    }
    g + "\n"
}

#[test]
fn directory_users_log_in_with_their_groups_roles_and_departments() {
    let a_letter = gen::routed_letter(Topic::Rechnung, 31);
    let b_letter = gen::routed_letter(Topic::Widerspruch, 32);
    let (dep_a, dep_b) = (a_letter.expected_department, b_letter.expected_department);
    let mut ldif = format!(
        "dn: ou=people,{SUFFIX}\nobjectClass: organizationalUnit\nou: people\n\n\
         dn: ou=groups,{SUFFIX}\nobjectClass: organizationalUnit\nou: groups\n\n\
         dn: ou=services,{SUFFIX}\nobjectClass: organizationalUnit\nou: services\n\n\
         dn: cn=mailroom,ou=services,{SUFFIX}\nobjectClass: organizationalRole\n\
         objectClass: simpleSecurityObject\ncn: mailroom\nuserPassword: {SERVICE_PW}\n\n"
    );
    ldif += &person("jschmidt", "");
    ldif += &person("pmeyer", "");
    ldif += &person("kgesperrt", "description: gesperrt\n");
    ldif += &person("extern", "");
    ldif += &group("amt-a", &["jschmidt", "kgesperrt"]);
    ldif += &group("poststelle", &["pmeyer"]);
    ldif += &group("kantine", &["extern"]);
    let mut slapd = Slapd::start(&ldif);

    let mut inst = Instance::new();
    let a = inst.ingest(None, "a.pdf", &gen::born_digital_pdf(&a_letter.letter, 1));
    let b = inst.ingest(None, "b.pdf", &gen::born_digital_pdf(&b_letter.letter, 1));
    assert_eq!(inst.show(b)["department"], dep_b);
    let secret = inst.dir.path().join("ldap-password");
    std::fs::write(&secret, format!("{SERVICE_PW}\n")).unwrap();
    let mut toml = std::fs::read_to_string(&inst.config).unwrap();
    toml += &format!(
        r#"
[auth.ldap]
url = "{url}"
bind_dn = "cn=mailroom,ou=services,{SUFFIX}"
bind_password_file = "{secret}"
user_base = "ou=people,{SUFFIX}"
# Disabled in the directory: as Active Directory's userAccountControl flag would be.
user_filter = "(&(uid={{username}})(!(description=gesperrt)))"
group_base = "ou=groups,{SUFFIX}"

[[auth.ldap.groups]]
group = "CN=amt-a, ou=groups,{SUFFIX}"
role = "clerk"
departments = ["{dep_a}"]

[[auth.ldap.groups]]
group = "cn=poststelle,ou=groups,{SUFFIX}"
role = "mailroom"
"#,
        url = slapd.url,
        secret = secret.display(),
    );
    std::fs::write(&inst.config, toml).unwrap();
    let v = inst.cli(&["validate"]);
    assert!(v.status.success(), "{}", String::from_utf8_lossy(&v.stderr));
    inst.start();
    let base = inst.url();

    // A clerk from the directory sees their department only, as a local clerk would.
    let clerk = login(&base, "jschmidt", PW).unwrap_or_else(|a| panic!("{}", a.json()));
    let seen = clerk.get(&format!("{base}/api/v1/documents")).json();
    assert_eq!(seen["total"], 1, "{seen}");
    assert_eq!(seen["hits"][0]["id"], a);
    assert_eq!(
        clerk.get(&format!("{base}/api/v1/documents/{b}")).status,
        404
    );
    // Directory names are case-insensitive: the same account, not a second one.
    login(&base, "JSchmidt", PW).unwrap_or_else(|a| panic!("{}", a.json()));
    let users = inst.json(&["user", "list", "--json"]);
    let names: Vec<&str> = users
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["jschmidt"], "{users}");
    assert_eq!(users[0]["source"], "ldap", "{users}");

    let staff = login(&base, "pmeyer", PW).unwrap_or_else(|a| panic!("{}", a.json()));
    assert_eq!(
        staff.get(&format!("{base}/api/v1/documents")).json()["total"],
        2
    );

    // Refused alike: wrong or empty password, unknown, disabled in the directory, no group.
    for (user, pw) in [
        ("jschmidt", "falsch"),
        ("jschmidt", ""),
        ("niemand", PW),
        ("kgesperrt", PW),
        ("extern", PW),
        ("*", PW),
    ] {
        let r = login(&base, user, pw)
            .err()
            .unwrap_or_else(|| panic!("{user} got in"));
        assert_eq!(r.status, 401, "{user}/{pw}: {}", r.json());
    }

    // Locked out in mailroom, whatever the directory says; sessions end at once.
    let out = inst.cli(&["user", "disable", "jschmidt"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(clerk.get(&format!("{base}/api/v1/documents")).status, 401);
    assert_eq!(
        login(&base, "jschmidt", PW).err().map(|a| a.status),
        Some(401)
    );

    // Leaving the group takes the role away at the next login.
    slapd.apply(
        "ldapmodify",
        &format!(
            "dn: cn=poststelle,ou=groups,{SUFFIX}\nchangetype: modify\ndelete: member\n\
             member: uid=pmeyer,ou=people,{SUFFIX}\n-\nadd: member\n\
             member: uid=jschmidt,ou=people,{SUFFIX}\n"
        ),
    );
    assert_eq!(
        login(&base, "pmeyer", PW).err().map(|a| a.status),
        Some(401)
    );
    assert_eq!(staff.get(&format!("{base}/api/v1/documents")).status, 403);

    // The directory down: the mail room is told so, not that the password is wrong.
    slapd.stop();
    let r = login(&base, "pmeyer", PW)
        .err()
        .expect("no login without a directory");
    assert_eq!(r.status, 503, "{}", r.json());
    assert_eq!(r.header("content-type"), Some("application/problem+json"));
    inst.stop();
}
