"""A pysaml2 identity provider for the SAML round-trip test (test/unit/interop/).

Driven by the Node test with JSON on stdin and JSON on stdout; no network, only
files in the folder it is given. Two steps, one process each:

  make-idp  IdP key and certificate (plus an impostor's, same name, other key)
            and the IdP's metadata, as an IdP team would hand them over.
  answer    loads the SP metadata Docbits Integration exported, checks each
            AuthnRequest as a real IdP would (signature against the SP's
            metadata) and writes the Responses it was asked for.
"""

import base64
import datetime
import json
import sys
from urllib.parse import parse_qs

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

import saml2.entity
import saml2.sigver
from saml2 import BINDING_HTTP_POST, BINDING_HTTP_REDIRECT
from saml2.config import IdPConfig
from saml2.metadata import create_metadata_string
from saml2.saml import AUTHN_PASSWORD_PROTECTED, NAMEID_FORMAT_EMAILADDRESS, NameID
from saml2.server import Server
from saml2.sigver import verify_redirect_signature

# pysaml2 7.0 encrypts assertions with 3DES and has no setting for it; IdPs in
# the field (Entra ID, AD FS, Keycloak) use AES-256, so this IdP does too: the
# template names aes256-cbc and xmlsec1 makes an AES-256 session key.
AES256_CBC = "http://www.w3.org/2001/04/xmlenc#aes256-cbc"
_pre_encryption_part = saml2.sigver.pre_encryption_part
_encrypt_assertion = saml2.sigver.SecurityContext.encrypt_assertion


def _aes256_encryption_part(**kwargs):
    return _pre_encryption_part(**{"msg_enc": AES256_CBC, **kwargs})


def _aes256_encrypt_assertion(self, statement, enc_key, template, key_type=None, node_xpath=None):
    return _encrypt_assertion(self, statement, enc_key, template, "aes-256", node_xpath)


saml2.entity.pre_encryption_part = _aes256_encryption_part
saml2.sigver.SecurityContext.encrypt_assertion = _aes256_encrypt_assertion


def key_and_certificate(folder, name, common_name):
    """A 2048-bit RSA key and a self-signed certificate, as PEM files."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])
    now = datetime.datetime.now(datetime.timezone.utc)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=30))
        .sign(key, hashes.SHA256())
    )
    key_file, cert_file = f"{folder}/{name}-key.pem", f"{folder}/{name}-cert.pem"
    with open(key_file, "wb") as out:
        out.write(
            key.private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            )
        )
    with open(cert_file, "wb") as out:
        out.write(certificate.public_bytes(serialization.Encoding.PEM))
    return key_file, cert_file


def idp_config(job, signer="idp", sp_metadata=None):
    """The IdP's pysaml2 configuration; `signer` picks the key its messages are signed with."""
    folder = job["dir"]
    config = IdPConfig()
    config.load(
        {
            "entityid": job["entityId"],
            "key_file": f"{folder}/{signer}-key.pem",
            "cert_file": f"{folder}/{signer}-cert.pem",
            "metadata": {"local": [sp_metadata]} if sp_metadata else {},
            "delete_tmpfiles": True,
            "service": {
                "idp": {
                    "endpoints": {
                        "single_sign_on_service": [
                            (job["ssoUrl"], BINDING_HTTP_REDIRECT),
                            (job["ssoUrl"], BINDING_HTTP_POST),
                        ]
                    },
                    "want_authn_requests_signed": True,
                    "name_id_format": [NAMEID_FORMAT_EMAILADDRESS],
                    "sign_response": True,
                    "sign_assertion": True,
                    "policy": {"default": {"lifetime": {"minutes": 5}}},
                }
            },
        }
    )
    return config


def make_idp(job):
    """Keys, certificates and the IdP metadata."""
    folder = job["dir"]
    key_and_certificate(folder, "idp", "pysaml2 interop IdP")
    # Same name, other key: what an attacker (or a stale configuration) would sign with.
    key_and_certificate(folder, "impostor", "pysaml2 interop IdP")
    metadata = f"{folder}/idp-metadata.xml"
    with open(metadata, "w", encoding="utf-8") as out:
        out.write(create_metadata_string(None, config=idp_config(job)).decode("utf-8"))
    return {"metadata": metadata}


def read_request(idp, request):
    """The AuthnRequest as the IdP accepts it; raises when it must be refused."""
    if request["binding"] == "post":
        # want_authn_requests_signed: pysaml2 demands the XML signature and checks
        # it against the signing certificates in the SP's metadata.
        return idp.parse_authn_request(request["SAMLRequest"], BINDING_HTTP_POST)
    fields = {k: v[0] for k, v in parse_qs(request["query"], keep_blank_values=True).items()}
    if "Signature" not in fields or "SigAlg" not in fields:
        raise ValueError("unsigned HTTP-Redirect AuthnRequest")
    # pysaml2 7.0 looks for the signature in the XML only; in this binding it is
    # on the query string, which is checked below, as pysaml2's own example IdP does.
    idp.config.setattr("idp", "want_authn_requests_signed", False)
    try:
        parsed = idp.parse_authn_request(fields["SAMLRequest"], BINDING_HTTP_REDIRECT)
    finally:
        idp.config.setattr("idp", "want_authn_requests_signed", True)
    certificates = idp.metadata.certs(parsed.message.issuer.text, "spsso", "signing")
    if not any(
        verify_redirect_signature(fields, idp.sec.sec_backend, cert=c) for c in certificates
    ):
        raise ValueError("HTTP-Redirect signature does not verify with the SP's metadata")
    return parsed


def answer(job):
    """Checks every request, then makes the responses asked for."""
    sp_metadata = job["spMetadata"]
    idp = Server(config=idp_config(job, "idp", sp_metadata))
    verdicts, accepted = {}, {}
    for request in job["requests"]:
        try:
            parsed = read_request(idp, request)
            args = idp.response_args(parsed.message, [BINDING_HTTP_POST])
            accepted[request["name"]] = args
            verdicts[request["name"]] = {
                "accepted": True,
                "id": parsed.message.id,
                "issuer": parsed.message.issuer.text,
                "destination": args["destination"],
            }
        except Exception as error:  # every refusal is an answer, not a crash
            verdicts[request["name"]] = {"accepted": False, "error": f"{type(error).__name__}: {error}"}

    servers = {"idp": idp}
    responses = {}
    for wanted in job["responses"]:
        args = accepted.get(wanted["request"])
        if args is None:
            continue  # a refused request gets no response; its verdict says why
        signer = wanted.get("signer", "idp")
        if signer not in servers:
            servers[signer] = Server(config=idp_config(job, signer, sp_metadata))
        user = job["user"]
        response = servers[signer].create_authn_response(
            identity={"mail": [user["mail"]], "displayName": [user["displayName"]]},
            in_response_to=args["in_response_to"],
            destination=args["destination"],
            sp_entity_id=args["sp_entity_id"],
            name_id=NameID(format=NAMEID_FORMAT_EMAILADDRESS, text=user["mail"]),
            authn={"class_ref": AUTHN_PASSWORD_PROTECTED},
            sign_response=True,
            sign_assertion=True,
            encrypt_assertion=wanted.get("encrypt", False),
            # The SP's encryption certificate comes from its metadata.
            encrypt_cert_assertion=None,
        )
        responses[wanted["name"]] = base64.b64encode(str(response).encode("utf-8")).decode("ascii")
    return {"requests": verdicts, "responses": responses}


if __name__ == "__main__":
    steps = {"make-idp": make_idp, "answer": answer}
    json.dump(steps[sys.argv[1]](json.load(sys.stdin)), sys.stdout)
